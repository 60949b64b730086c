const u = await User.find({ $where: `this.name == '${name}'` });
