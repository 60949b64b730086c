const cmd = req.body.cmd as string;
exec(cmd);
