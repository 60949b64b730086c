File file = new File(destDir, zipEntry.getName());
if (zipEntry.isDirectory()) file.mkdirs();
