fs.unlinkSync(path.join(dir, req.body.name));
