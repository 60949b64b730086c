const enc = CryptoJS.AES.encrypt(data, 'my-secret-passphrase').toString();
