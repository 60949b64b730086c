let mut hasher = Sha1::new();
hasher.update(password);
