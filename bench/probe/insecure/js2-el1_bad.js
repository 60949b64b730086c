const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
