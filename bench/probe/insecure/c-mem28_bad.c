memmove(dst, src, user_len);
