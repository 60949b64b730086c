Jwt<Header, Claims> jwt = Jwts.parser().parse(token);
