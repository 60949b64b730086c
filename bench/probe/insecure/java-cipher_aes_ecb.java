Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
