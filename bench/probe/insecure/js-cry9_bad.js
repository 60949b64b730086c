const iv = Buffer.from('0000000000000000');
const c = crypto.createCipheriv('aes-128-cbc', key, iv);
