const enc = CryptoJS.DES.encrypt(msg, key).toString();
