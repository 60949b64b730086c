app.get('/env', (req, res) => res.json(process.env));
