var md5 = new MD5CryptoServiceProvider();
