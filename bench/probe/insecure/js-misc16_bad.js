mainWindow.webContents.executeJavaScript(code);
