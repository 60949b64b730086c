Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");
