var enc = rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1);
