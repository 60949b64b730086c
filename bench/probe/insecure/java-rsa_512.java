KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
kpg.initialize(512);
