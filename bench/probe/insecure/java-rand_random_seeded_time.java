Random r = new Random(System.currentTimeMillis());
String token = Integer.toString(r.nextInt());
