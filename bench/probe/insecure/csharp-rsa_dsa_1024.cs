var dsa = new DSACryptoServiceProvider(1024);
