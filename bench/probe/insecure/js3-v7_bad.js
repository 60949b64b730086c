const url = request.query.url as string;
const r = await fetch(url);
