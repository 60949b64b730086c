Cipher c = Cipher.getInstance("RSA/ECB/NoPadding");
