let hash = Sha256::digest(password.as_bytes());
