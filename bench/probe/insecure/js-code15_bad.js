const pug = require('pug');
const html = pug.render(req.query.tpl);
