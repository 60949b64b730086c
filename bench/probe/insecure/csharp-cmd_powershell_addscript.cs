using var ps = PowerShell.Create();
ps.AddScript("Get-Process " + name);
