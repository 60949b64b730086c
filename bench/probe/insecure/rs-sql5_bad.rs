diesel::sql_query(format!("SELECT * FROM users WHERE name = '{}'", name)).load::<User>(conn)?;
