fastify.get('/p', async (request) => { const r = await fetch(request.query.url); });
