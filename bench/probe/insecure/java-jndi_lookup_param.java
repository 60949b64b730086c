Object o = new InitialContext().lookup(request.getParameter("name"));
