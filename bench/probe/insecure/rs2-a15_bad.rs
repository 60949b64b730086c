let hashed = format!("{:x}", Sha256::digest(password.as_bytes()));
