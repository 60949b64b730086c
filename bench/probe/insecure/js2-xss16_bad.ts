return new Response(`<h1>${name}</h1>`, { headers: { 'Content-Type': 'text/html' } });
