Process.Start("cmd.exe", $"/c ping {host}");
