response.getWriter().print(request.getParameter("name"));
