const { execFile } = require('child_process');
execFile('ls', ['-la', req.query.dir], (err, out) => res.send(out));
