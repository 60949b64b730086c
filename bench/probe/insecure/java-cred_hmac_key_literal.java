Algorithm algorithm = Algorithm.HMAC256("secret");
