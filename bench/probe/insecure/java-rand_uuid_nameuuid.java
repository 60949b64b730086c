String token = UUID.nameUUIDFromBytes(email.getBytes()).toString();
