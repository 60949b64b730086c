var psi = new ProcessStartInfo("powershell.exe", $"-Command \"{script}\"");
