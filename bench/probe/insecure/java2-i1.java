String token = UUID.randomUUID().toString();
