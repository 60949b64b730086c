Claims claims = Jwts.parser().setSigningKey("secret").parseClaimsJws(token).getBody();
