Cipher c = Cipher.getInstance("RC4");
