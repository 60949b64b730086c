lstrcpyA(dst, src);
