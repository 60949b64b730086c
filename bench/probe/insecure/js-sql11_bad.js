const users = await User.findAll({ where: sequelize.literal(`name = '${name}'`) });
