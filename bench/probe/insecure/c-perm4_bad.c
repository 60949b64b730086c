mkdir(dir, 0777);
