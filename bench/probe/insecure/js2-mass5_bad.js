await User.update(req.body, { where: { id: req.params.id } });
