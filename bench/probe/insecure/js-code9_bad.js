const { VM } = require('vm2');
new VM().run(req.body.code);
