File f = new File(baseDir, FilenameUtils.getName(request.getParameter("file")));
