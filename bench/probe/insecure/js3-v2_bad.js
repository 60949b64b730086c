const url = req.query['url'];
const r = await fetch(url);
