const user = await users.findOne({ token: req.query.token });
