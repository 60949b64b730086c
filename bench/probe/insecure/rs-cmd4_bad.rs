Command::new("cmd").args(["/C", &user_cmd]).output()
