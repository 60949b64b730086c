let resp = client.get(&query.url).send().await?;
