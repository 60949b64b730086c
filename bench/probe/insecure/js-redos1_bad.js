const re = new RegExp(req.query.search);
