strcat(path, filename);
