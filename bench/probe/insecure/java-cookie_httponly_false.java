cookie.setHttpOnly(false);
