let rows = sqlx::query!("SELECT * FROM users WHERE id = $1", id).fetch_all(&pool).await?;
