String fileName = request.getParameter("file");
FileInputStream fis = new FileInputStream("/data/" + fileName);
