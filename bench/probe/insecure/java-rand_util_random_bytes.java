byte[] key = new byte[16];
new Random().nextBytes(key);
