let hash = bcrypt::hash(pw, 4)?;
