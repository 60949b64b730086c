SecretKeyFactory f = SecretKeyFactory.getInstance("PBEWithMD5AndDES");
