const shell = require('shelljs');
shell.exec(`rm -rf ${dir}`);
