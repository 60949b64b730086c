PasswordEncoder encoder = new Md5PasswordEncoder();
