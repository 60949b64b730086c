let key = b"0123456789abcdef0123456789abcdef";
let cipher = Aes256Gcm::new(key.into());
