let x = len.wrapping_sub(1);
buf[x] = 0;
