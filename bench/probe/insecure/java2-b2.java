HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true);
