_.set(settings, req.query.path, req.query.value);
