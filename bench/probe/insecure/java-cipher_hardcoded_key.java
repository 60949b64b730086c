SecretKeySpec key = new SecretKeySpec("MySecretKey12345".getBytes(), "AES");
