logger.info(`Login ${username} with password ${password}`);
