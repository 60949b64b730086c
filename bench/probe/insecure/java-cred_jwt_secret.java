String token = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, "mySecretKey123").compact();
