res.sendFile(req.query.file, { root: '/' });
