const r = await sequelize.query(`SELECT * FROM users WHERE email = '${email}'`, { type: QueryTypes.SELECT });
