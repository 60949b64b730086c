let q = format!("SELECT * FROM users WHERE name = '{}'", name);
let rows = sqlx::query(&q).fetch_all(&pool).await?;
