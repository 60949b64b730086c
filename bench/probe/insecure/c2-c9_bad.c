if (strcmp(password, stored_password) == 0) login_ok = 1;
