RC4_set_key(&key, len, data);
