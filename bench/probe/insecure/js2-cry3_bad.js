const key = crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512');
