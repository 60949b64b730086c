var des = new DESCryptoServiceProvider();
