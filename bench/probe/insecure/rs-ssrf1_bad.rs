let body = reqwest::get(&params.url).await?.text().await?;
