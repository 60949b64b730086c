MessageDigest md = MessageDigest.getInstance("MD5");
