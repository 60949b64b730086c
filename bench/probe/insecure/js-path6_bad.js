const { filename } = req.params;
res.sendFile(path.resolve('uploads', filename));
