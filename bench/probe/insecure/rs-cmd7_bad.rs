Command::new("sh").arg("-c").arg(cmd_str).spawn().unwrap();
