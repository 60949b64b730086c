res.writeHead(302, { Location: req.query.url });
