const { key, value } = req.body;
store[key] = value;
