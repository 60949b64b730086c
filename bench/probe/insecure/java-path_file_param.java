File f = new File(request.getParameter("file"));
