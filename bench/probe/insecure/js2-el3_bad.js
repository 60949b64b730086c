app.on('web-contents-created', (e, c) => c.setWindowOpenHandler(({ url }) => { shell.openExternal(url); return { action: 'deny' }; }));
