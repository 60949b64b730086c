cookie.setSecure(false);
