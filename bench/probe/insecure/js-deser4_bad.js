const serialize = require('serialize-javascript');
const obj = eval('(' + serialized + ')');
