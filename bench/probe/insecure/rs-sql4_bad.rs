let rows = client.query(&format!("SELECT * FROM users WHERE id = {id}"), &[]).await?;
