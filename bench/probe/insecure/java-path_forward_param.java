request.getRequestDispatcher(request.getParameter("page")).forward(request, response);
