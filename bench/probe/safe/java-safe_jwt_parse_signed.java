Claims c = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
