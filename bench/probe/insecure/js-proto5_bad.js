const opts = Object.assign({}, defaults, JSON.parse(req.body.opts));
