fs.readFile(path.join(__dirname, 'uploads', req.params.name), (e, d) => res.send(d));
