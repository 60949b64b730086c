const m = require(req.query.module);
