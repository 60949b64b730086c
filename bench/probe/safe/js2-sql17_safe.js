logger.info(`SELECT query took ${ms}ms`);
