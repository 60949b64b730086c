int dice = new Random().nextInt(6) + 1;
