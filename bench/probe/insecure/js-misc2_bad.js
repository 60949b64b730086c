app.get('/debug', (req, res) => res.json(process.env));
