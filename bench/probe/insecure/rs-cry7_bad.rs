pbkdf2_hmac::<Sha256>(pw.as_bytes(), salt, 1000, &mut key);
