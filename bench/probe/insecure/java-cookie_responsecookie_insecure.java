ResponseCookie c = ResponseCookie.from("token", jwt).httpOnly(false).secure(false).build();
