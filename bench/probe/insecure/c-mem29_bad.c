char buf[100];
sprintf(buf, user_fmt);
