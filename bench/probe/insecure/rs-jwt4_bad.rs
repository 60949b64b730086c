let data = jsonwebtoken::decode::<Claims>(&tok, &DecodingKey::from_secret(&[]), &Validation::default())?;
