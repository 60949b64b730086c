MessageDigest md = MessageDigest.getInstance("SHA-1");
