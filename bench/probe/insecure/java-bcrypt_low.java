String h = BCrypt.hashpw(pw, BCrypt.gensalt(4));
