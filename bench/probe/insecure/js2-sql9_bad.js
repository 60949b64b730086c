const r = await User.findAll({ order: [[req.query.sort, 'DESC']] });
