let r = sqlx::raw_sql(&q).execute(&pool).await?;
