Process.Start(fileName);
