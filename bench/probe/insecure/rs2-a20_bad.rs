let hash = bcrypt::hash(&password, 4)?;
