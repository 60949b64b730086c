String name = request.getParameter("name");
PrintWriter out = response.getWriter();
out.println("<p>" + name + "</p>");
