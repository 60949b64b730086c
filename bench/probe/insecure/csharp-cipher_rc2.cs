var rc2 = new RC2CryptoServiceProvider();
