Path tmp = Files.createTempFile("upload", ".tmp");
