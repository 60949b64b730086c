res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
