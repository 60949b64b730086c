let output = tokio::process::Command::new("sh").arg("-c").arg(&script).output().await?;
