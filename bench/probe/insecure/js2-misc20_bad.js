const re = new RegExp('^' + req.query.prefix);
