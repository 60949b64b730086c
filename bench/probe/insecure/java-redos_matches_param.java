boolean ok = input.matches(request.getParameter("pattern"));
