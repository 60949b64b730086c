logger.debug("User password: " + password);
