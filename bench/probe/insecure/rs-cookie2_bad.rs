let c = Cookie::new("session", sid);
jar.add(c);
