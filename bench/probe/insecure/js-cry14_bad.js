const c = crypto.createCipheriv('rc4', key, '');
