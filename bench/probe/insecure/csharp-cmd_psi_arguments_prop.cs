var psi = new ProcessStartInfo { FileName = "/bin/bash", Arguments = $"-c \"{command}\"" };
