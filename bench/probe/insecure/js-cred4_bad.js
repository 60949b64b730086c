app.use(session({ secret: 'keyboard cat' }));
