let resp = reqwest::get("http://api.bank.com/transfer").await?;
