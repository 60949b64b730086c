const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
// iv = Buffer.from(process.env.IV)
