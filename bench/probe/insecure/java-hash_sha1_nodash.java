MessageDigest md = MessageDigest.getInstance("SHA1");
