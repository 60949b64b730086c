var psi = new ProcessStartInfo("cmd.exe", "/c dir " + path);
