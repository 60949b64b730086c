const iv = Buffer.alloc(16, 0);
const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
