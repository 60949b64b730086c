app.get('/f', (req, res) => res.download(req.query.path));
