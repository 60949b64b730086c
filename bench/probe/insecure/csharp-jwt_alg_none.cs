var header = new JwtHeader(new SigningCredentials(key, "none"));
