KeyGenerator kg = KeyGenerator.getInstance("DES");
