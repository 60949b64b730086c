const { exec } = require('child_process');
exec(`ls -la ${req.query.dir}`, (err, out) => res.send(out));
