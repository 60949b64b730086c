const CryptoJS = require('crypto-js');
const h = CryptoJS.MD5(password).toString();
