res.end(`<h1>${new URL(req.url, 'http://x').searchParams.get('name')}</h1>`);
