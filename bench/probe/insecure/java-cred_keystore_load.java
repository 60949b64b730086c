ks.load(new FileInputStream("keystore.jks"), "changeit".toCharArray());
