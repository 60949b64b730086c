DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).build().verify(token);
