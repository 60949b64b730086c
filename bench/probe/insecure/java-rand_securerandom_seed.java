SecureRandom sr = new SecureRandom();
sr.setSeed(12345L);
