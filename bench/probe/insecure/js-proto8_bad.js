const merged = deepmerge(base, req.body);
