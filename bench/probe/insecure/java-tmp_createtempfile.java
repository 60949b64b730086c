File tmp = File.createTempFile("upload", ".tmp");
