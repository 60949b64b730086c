Random rnd = new Random();
int code = rnd.nextInt(999999);
