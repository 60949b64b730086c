ctx.redirect(ctx.query.url);
