using var rsa = new RSACryptoServiceProvider(1024);
