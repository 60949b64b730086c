PlainJWT jwt = PlainJWT.parse(token);
