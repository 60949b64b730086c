int otp = new Random().nextInt(900000) + 100000;
