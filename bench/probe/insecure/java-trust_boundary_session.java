request.getSession().setAttribute("role", request.getParameter("role"));
