const out = nunjucks.renderString(req.body.tpl, ctx);
