aes.IV = new byte[16];
