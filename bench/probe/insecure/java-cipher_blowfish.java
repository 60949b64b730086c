Cipher c = Cipher.getInstance("Blowfish");
