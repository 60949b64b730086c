let key = EncodingKey::from_secret(b"secret");
