const url = req.query.url as string;
const r = await fetch(url);
