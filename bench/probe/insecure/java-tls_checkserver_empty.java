public void checkServerTrusted(X509Certificate[] chain, String authType) { }
