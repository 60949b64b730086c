const child = fork(req.body.script);
