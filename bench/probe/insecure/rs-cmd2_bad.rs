Command::new("bash").args(["-c", &cmd]).spawn()?;
