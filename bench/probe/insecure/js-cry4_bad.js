const c = crypto.createCipheriv('aes-128-ecb', key, null);
