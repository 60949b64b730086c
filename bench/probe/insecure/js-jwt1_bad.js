const payload = jwt.decode(token);
if (payload.admin) grantAdmin();
