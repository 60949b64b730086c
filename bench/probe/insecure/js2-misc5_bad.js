const fn = handlers[req.query.action];
fn(req, res);
