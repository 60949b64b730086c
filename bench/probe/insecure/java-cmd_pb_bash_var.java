new ProcessBuilder("bash", "-c", cmd).start();
