new ProcessBuilder("ping " + host).start();
