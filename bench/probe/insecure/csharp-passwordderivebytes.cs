var pdb = new PasswordDeriveBytes(password, salt);
