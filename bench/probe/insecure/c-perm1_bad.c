chmod(path, 0777);
