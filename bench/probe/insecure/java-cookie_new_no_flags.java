Cookie cookie = new Cookie("sessionId", sessionId);
response.addCookie(cookie);
