location.href = req.query.url;
