SSLContext ctx = SSLContext.getInstance("TLSv1.3");
