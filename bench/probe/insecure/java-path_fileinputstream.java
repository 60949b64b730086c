FileInputStream fis = new FileInputStream(uploadDir + "/" + fileName);
