const { spawn } = require('child_process');
spawn(`convert ${file} out.png`, { shell: true });
