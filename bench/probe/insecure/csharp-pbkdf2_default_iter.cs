var kdf = new Rfc2898DeriveBytes(password, salt);
