const hmac = crypto.createHmac('md5', key);
