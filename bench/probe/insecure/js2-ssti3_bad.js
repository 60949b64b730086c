const tpl = Handlebars.compile(req.body.template);
