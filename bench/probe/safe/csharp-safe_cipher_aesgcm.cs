using var aes = new AesGcm(key, 16);
