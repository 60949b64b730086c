export default async function handler(req, res) {
  const r = await fetch(req.query.url);
}
