const _ = require('lodash');
_.merge(config, req.body);
