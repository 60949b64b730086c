FileOutputStream fos = new FileOutputStream(destDir + File.separator + zipEntry.getName());
