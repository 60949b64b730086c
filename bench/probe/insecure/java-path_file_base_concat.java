File f = new File("/var/uploads/" + request.getParameter("name"));
