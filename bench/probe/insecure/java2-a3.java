String[] cmd = {"sh", "-c", "ping " + host};
Runtime.getRuntime().exec(cmd);
