const JWT_SECRET: &[u8] = b"my_super_secret_key";
