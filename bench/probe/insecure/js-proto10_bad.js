const obj = {}; for (const [k, v] of Object.entries(req.query)) { obj[k] = v; }
