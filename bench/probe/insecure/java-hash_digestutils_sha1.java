String hash = DigestUtils.sha1Hex(password);
