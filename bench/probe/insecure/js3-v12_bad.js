const u = c.req.query('url');
const r = await fetch(u);
