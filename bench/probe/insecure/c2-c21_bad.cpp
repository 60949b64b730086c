ShellExecuteA(NULL, "open", "cmd.exe", ("/c " + userArg).c_str(), NULL, SW_HIDE);
