await sequelize.query('SELECT * FROM orders WHERE user_id = ' + userId);
