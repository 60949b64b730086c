Jwts.parser().unsecured().build().parseUnsecuredClaims(token);
