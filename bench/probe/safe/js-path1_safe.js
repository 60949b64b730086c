const safe = path.basename(req.params.name);
fs.readFile(path.join(__dirname, 'uploads', safe), (e, d) => res.send(d));
