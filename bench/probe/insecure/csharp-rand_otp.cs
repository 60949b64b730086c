int otp = new Random().Next(100000, 999999);
