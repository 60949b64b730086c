const _ = require('lodash');
const compiled = _.template(req.body.tpl);
