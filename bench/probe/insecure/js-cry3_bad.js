const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
