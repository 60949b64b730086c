return new PasswordAuthentication("admin", "Adm1nPass!".toCharArray());
