app.use(session({ secret: process.env.SECRET, cookie: { httpOnly: false } }));
