var key = new byte[32];
new Random().NextBytes(key);
