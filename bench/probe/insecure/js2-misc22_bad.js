const x = require('xmldom');
const dom = new DOMParser().parseFromString(req.body);
