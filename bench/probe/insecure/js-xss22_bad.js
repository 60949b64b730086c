res.send('Search results for: ' + req.query.q);
