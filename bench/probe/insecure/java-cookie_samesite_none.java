response.setHeader("Set-Cookie", "sid=" + sid + "; SameSite=None");
