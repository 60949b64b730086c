obj[req.body.method](req.body.args);
