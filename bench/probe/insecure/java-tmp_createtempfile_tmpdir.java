File tmp = File.createTempFile("data", null, new File(System.getProperty("java.io.tmpdir")));
