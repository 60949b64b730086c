WinExec(cmdline, SW_HIDE);
