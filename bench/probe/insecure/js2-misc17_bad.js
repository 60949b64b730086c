const { token } = req.query;
if (token == process.env.ADMIN_TOKEN) next();
