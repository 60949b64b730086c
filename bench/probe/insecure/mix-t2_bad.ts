const file = req.params.file as string;
res.sendFile(path.join(UPLOADS, file));
