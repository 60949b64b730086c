SSLContext ctx = new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> true).build();
