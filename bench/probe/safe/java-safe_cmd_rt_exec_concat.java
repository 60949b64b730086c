Process p = new ProcessBuilder("ping", "-c", "1", host).start();
