String hashed = DigestUtils.sha256Hex(password);
