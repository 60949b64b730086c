const hash = crypto.createHash('sha512').update(req.body.password).digest('base64');
