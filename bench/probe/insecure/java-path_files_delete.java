Files.delete(Paths.get(UPLOAD_DIR + "/" + name));
