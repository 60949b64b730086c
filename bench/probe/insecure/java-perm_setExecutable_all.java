f.setExecutable(true, false);
