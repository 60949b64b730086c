Process.Start("cmd.exe", "/c " + userInput);
