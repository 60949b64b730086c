Cipher cipher = Cipher.getInstance("AES");
