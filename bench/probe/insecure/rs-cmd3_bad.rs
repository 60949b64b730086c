let status = Command::new("sh").args(&["-c", &format!("tar xf {}", file)]).status();
