file.setWritable(true, false);
