const target = req.query.url || 'https://example.com';
const r = await axios.get(target);
