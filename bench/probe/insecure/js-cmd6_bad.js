const { spawnSync } = require('child_process');
spawnSync('sh', ['-c', `echo ${msg}`]);
