crypt(password, "ab");
