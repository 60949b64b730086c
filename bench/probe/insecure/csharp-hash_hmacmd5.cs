using var hmac = new HMACMD5(key);
