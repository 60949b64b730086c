let digest = md5::compute(password.as_bytes());
