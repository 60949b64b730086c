const sha1 = require('sha1');
const h = sha1(password);
