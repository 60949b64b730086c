Cipher c = Cipher.getInstance("PBEWithMD5AndDES");
