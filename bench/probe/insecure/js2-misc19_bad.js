const data = require('node-serialize').unserialize(body);
