DecodedJWT jwt = JWT.decode(token);
String user = jwt.getSubject();
