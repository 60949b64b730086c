await fs.promises.readFile(path.join(base, req.query.f), 'utf8');
