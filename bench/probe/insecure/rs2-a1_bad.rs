let key = EncodingKey::from_secret("secret".as_bytes());
