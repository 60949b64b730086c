const ejs = require('ejs');
res.send(ejs.render(req.body.template, data));
