logger.info("Login attempt for user id %s", user_id)
