Random random = new Random();
String token = Long.toHexString(random.nextLong());
