const { path, value } = req.body;
dot.set(obj, path, value);
