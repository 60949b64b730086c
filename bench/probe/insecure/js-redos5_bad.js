if (/^(a+)+$/.test(req.body.name)) {}
