Process.Start("notepad.exe");
