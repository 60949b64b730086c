const ciphertext = CryptoJS.AES.encrypt(JSON.stringify(data), 'secret key 123').toString();
