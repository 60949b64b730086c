app.use(bodyParser.json({ limit: '500mb' }));
