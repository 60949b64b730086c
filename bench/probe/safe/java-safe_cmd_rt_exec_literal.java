Runtime.getRuntime().exec(new String[]{"ls", "-la"});
