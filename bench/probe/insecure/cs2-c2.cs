using var process = Process.Start(startInfo);
