export async function POST(req) {
  const { url } = await req.json();
  const r = await fetch(url);
}
