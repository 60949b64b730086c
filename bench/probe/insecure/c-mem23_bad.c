vsprintf(buf, fmt, args);
