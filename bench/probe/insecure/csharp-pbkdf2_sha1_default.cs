var pbkdf2 = new Rfc2898DeriveBytes(password, 16);
