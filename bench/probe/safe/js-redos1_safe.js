const re = new RegExp(escapeRegExp(req.query.search));
