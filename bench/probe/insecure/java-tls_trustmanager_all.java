TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {
  public void checkClientTrusted(X509Certificate[] c, String a) {}
  public void checkServerTrusted(X509Certificate[] c, String a) {}
  public X509Certificate[] getAcceptedIssuers() { return null; } } };
