PBEKeySpec spec = new PBEKeySpec(password, salt, 1000, 256);
