SecureRandom sr = new SecureRandom("seed".getBytes());
