let nonce = Nonce::from_slice(b"unique nonce");
let ct = cipher.encrypt(nonce, plaintext.as_ref())?;
