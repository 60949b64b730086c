sqlx::query_as::<_, User>(&format!("SELECT * FROM users ORDER BY {}", sort)).fetch_all(&pool).await?
