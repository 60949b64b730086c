let mut qb = QueryBuilder::new("SELECT * FROM users WHERE ");
qb.push(format!("name = '{}'", name));
