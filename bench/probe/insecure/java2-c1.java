String next = request.getParameter("redirect");
if (next != null) {
    response.sendRedirect(next);
}
