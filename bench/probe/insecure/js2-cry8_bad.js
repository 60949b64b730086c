const hashed = crypto.createHash('sha256').update(password + salt).digest('hex');
