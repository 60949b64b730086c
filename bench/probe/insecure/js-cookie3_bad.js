app.use(session({ secret: process.env.S, cookie: { secure: false } }));
