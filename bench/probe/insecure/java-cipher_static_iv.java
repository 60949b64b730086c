IvParameterSpec iv = new IvParameterSpec("1234567890123456".getBytes());
