PasswordEncoder enc = new MessageDigestPasswordEncoder("MD5");
