ShellExecuteA(NULL, "open", url, NULL, NULL, SW_SHOW);
