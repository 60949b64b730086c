res.cookie('token', token, { maxAge: 86400000 });
