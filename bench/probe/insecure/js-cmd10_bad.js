const { exec } = require('node:child_process');
exec(cmd + ' ' + args);
