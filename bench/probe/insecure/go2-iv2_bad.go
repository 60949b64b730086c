package main

nonce := make([]byte, gcm.NonceSize())
ciphertext := gcm.Seal(nil, nonce, data, nil)
