shell.openExternal(url);
