const serialize = require('node-serialize');
const obj = serialize.unserialize(req.cookies.profile);
