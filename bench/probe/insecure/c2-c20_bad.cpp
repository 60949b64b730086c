WinExec(cmd.c_str(), SW_HIDE);
