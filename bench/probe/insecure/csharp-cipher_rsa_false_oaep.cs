var enc = rsa.Encrypt(data, false);
