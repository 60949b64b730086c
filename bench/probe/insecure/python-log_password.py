logger.debug(f"Login with password {password}")
