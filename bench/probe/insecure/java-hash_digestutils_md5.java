String hash = DigestUtils.md5Hex(password);
