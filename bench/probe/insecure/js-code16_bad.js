const Handlebars = require('handlebars');
const tpl = Handlebars.compile(req.body.source);
