var enc = aes.EncryptEcb(data, PaddingMode.PKCS7);
