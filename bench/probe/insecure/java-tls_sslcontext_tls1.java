SSLContext ctx = SSLContext.getInstance("TLSv1");
