var psi = new ProcessStartInfo("powershell", $"-Command {script}");
