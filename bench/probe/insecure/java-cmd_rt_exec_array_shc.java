Runtime.getRuntime().exec(new String[]{"sh", "-c", "ls " + dir});
