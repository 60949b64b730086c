request(req.query.url).pipe(res);
