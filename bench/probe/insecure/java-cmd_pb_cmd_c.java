ProcessBuilder pb = new ProcessBuilder("cmd.exe", "/c", "dir " + path);
