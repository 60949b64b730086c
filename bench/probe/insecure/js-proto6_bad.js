const cfg = _.defaultsDeep({}, req.body);
