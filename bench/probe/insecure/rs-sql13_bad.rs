let rows = sea_orm::Statement::from_string(DbBackend::Postgres, format!("SELECT * FROM t WHERE id = {}", id));
