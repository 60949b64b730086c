Path p = Paths.get(baseDir, request.getParameter("file"));
byte[] data = Files.readAllBytes(p);
