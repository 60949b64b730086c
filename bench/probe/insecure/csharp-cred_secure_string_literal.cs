var pw = new NetworkCredential("", "P@ssw0rd1").SecurePassword;
