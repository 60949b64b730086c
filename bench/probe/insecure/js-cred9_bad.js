const aesKey = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
