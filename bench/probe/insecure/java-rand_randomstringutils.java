String password = RandomStringUtils.randomAlphanumeric(12);
