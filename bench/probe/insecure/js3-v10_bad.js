router.get('/img', async (ctx) => { const r = await fetch(ctx.query.url); });
