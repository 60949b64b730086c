snprintf(buf, sizeof(buf), user_input);
