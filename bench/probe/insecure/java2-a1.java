Runtime.getRuntime().exec(new String[]{"bash", "-c", "ls " + dir});
