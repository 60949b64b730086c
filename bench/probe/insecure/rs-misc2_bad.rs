println!("login {} password {}", user, password);
