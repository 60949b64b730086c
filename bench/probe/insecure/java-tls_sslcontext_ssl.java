SSLContext ctx = SSLContext.getInstance("SSL");
