package main

nonce := make([]byte, 12)
ct := gcm.Seal(nil, nonce, plaintext, nil)
