http.get(req.query.url, (r) => r.pipe(res));
