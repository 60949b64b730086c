MessageDigest md = MessageDigest.getInstance("SHA-256");
