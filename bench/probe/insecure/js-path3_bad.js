const filePath = path.join(UPLOAD_DIR, req.query.filename);
res.download(filePath);
