res.sendFile(path.basename(req.query.file), { root: PUBLIC_DIR });
