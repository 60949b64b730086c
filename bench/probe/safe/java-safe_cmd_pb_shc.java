ProcessBuilder pb = new ProcessBuilder("grep", pattern, "/var/log/app.log");
