const result = eval(req.body.expr);
