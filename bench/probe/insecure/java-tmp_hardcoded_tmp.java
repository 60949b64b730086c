File f = new File("/tmp/cache.dat");
