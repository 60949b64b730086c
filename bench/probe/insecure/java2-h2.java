Path p = Paths.get(uploadDir).resolve(file.getOriginalFilename());
