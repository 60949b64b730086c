const html = ejs.render(req.body.template, { user });
