const { next } = req.query;
res.writeHead(302, { Location: next });
