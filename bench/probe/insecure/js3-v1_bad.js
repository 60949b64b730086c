const url = req.body?.url;
const r = await fetch(url);
