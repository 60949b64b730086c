wcscpy(dest, src);
