const { execFile } = require('child_process');
execFile('/bin/sh', ['-c', 'grep ' + pattern + ' log.txt'], cb);
