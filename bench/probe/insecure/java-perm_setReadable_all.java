file.setReadable(true, false);
