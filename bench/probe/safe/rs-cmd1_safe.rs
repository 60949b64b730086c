let out = Command::new("ping").args(["-c", "1", &host]).output()?;
