file.transferTo(new File(uploadDir + file.getOriginalFilename()));
