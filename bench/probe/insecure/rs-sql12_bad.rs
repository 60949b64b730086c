query.push_str(&format!(" WHERE name = '{}'", name));
