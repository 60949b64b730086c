let out = Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", host)).output()?;
