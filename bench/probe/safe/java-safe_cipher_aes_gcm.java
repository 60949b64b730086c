Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
