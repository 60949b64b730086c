const result = JSON.parse(req.body.expr);
