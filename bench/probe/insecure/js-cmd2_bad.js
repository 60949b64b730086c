const cp = require('child_process');
cp.exec('ping -c 1 ' + host, cb);
