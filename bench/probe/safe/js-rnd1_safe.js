const token = crypto.randomBytes(32).toString('hex');
