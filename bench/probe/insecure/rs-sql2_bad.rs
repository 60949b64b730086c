sqlx::query(&format!("DELETE FROM t WHERE id = {}", id)).execute(&pool).await?;
