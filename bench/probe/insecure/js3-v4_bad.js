const file = req.params.file;
res.sendFile(path.join(__dirname, 'files', file));
