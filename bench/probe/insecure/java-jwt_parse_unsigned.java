Claims c = Jwts.parser().parseClaimsJwt(token).getBody();
