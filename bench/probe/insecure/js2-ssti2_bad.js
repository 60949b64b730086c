const fn = pug.compile(req.query.tpl);
