const hash = crypto.createHash('sha256').update(password).digest('hex');
