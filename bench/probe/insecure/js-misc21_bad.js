app.disable('x-powered-by');
app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'POST'] }));
