const funcster = require('funcster');
funcster.deepDeserialize(data);
