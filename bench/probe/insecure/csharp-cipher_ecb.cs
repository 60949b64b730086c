aes.Mode = CipherMode.ECB;
