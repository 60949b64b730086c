log.info("Login failed for user id {}", userId);
