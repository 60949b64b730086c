const { exec } = require('child_process');
const cmd = `docker run ${image}`;
exec(cmd);
