const { url } = req.query;
const r = await fetch(url);
