Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
