let iv = [0u8; 16];
let cipher = Aes256CbcEnc::new(&key.into(), &iv.into());
