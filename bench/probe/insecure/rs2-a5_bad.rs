let sql = "SELECT * FROM users WHERE name = '".to_owned() + &name + "'";
