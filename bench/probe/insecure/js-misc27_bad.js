const fn = global[req.query.fn];
fn();
