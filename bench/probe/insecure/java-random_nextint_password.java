String pin = String.format("%06d", new Random().nextInt(1000000));
