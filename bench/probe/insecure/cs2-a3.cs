Process.Start("powershell.exe", "-Command " + command);
