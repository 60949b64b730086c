for (i = 0; i < 16; i++) nonce[i] = rand() & 0xff;
