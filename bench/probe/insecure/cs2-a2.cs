var psi = new ProcessStartInfo("bash", $"-c \"{cmd}\"");
