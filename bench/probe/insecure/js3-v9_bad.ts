const { url } = req.query as { url: string };
const r = await fetch(url);
