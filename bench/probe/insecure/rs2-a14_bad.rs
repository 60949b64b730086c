let nonce = Nonce::from_slice(b"unique nonce"); // 96-bits
