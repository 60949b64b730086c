const vm = require('vm');
vm.runInNewContext(req.body.code, sandbox);
