ProcessBuilder pb = new ProcessBuilder("sh", "-c", "grep " + pattern + " /var/log/app.log");
