Mac mac = Mac.getInstance("HmacMD5");
