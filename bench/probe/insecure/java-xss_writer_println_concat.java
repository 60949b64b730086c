response.getWriter().println("<h1>Hello " + request.getParameter("name") + "</h1>");
