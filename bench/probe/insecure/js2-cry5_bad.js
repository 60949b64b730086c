const ENCRYPTION_KEY = 'abcdefghijklmnopqrstuvwxyz123456';
const cipher = crypto.createCipheriv('aes-256-cbc', ENCRYPTION_KEY, iv);
