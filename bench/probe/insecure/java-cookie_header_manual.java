response.addHeader("Set-Cookie", "session=" + sid + "; Path=/");
