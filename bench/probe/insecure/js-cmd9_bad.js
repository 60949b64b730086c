require('child_process').execSync('unzip ' + req.body.path);
