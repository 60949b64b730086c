const h = crypto.createHash('sha1').update(user.password).digest('hex');
