HostnameVerifier hv = HttpsURLConnection.getDefaultHostnameVerifier();
