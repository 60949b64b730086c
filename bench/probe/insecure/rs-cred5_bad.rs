let token = encode(&Header::default(), &claims, &EncodingKey::from_secret("my_jwt_secret".as_ref()))?;
