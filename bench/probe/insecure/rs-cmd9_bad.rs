duct::cmd!("sh", "-c", format!("echo {}", msg)).run()?;
