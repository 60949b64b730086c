String next = request.getParameter("next");
response.sendRedirect(next);
