const vm = require('node:vm');
const script = new vm.Script(code);
script.runInThisContext();
