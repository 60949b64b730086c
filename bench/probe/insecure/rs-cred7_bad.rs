static SECRET_KEY: &[u8] = b"supersecretkey123";
