fs.createReadStream(`./public/${req.query.path}`).pipe(res);
