const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.from('1234567890123456'));
