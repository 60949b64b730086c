File out = new File(destDir, entry.getName());
