response.sendRedirect(request.getParameter("url"));
