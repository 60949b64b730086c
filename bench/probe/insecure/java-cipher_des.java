Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
