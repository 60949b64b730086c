builder.push(format!(" AND name = '{}'", name));
