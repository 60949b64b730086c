exec(command, { cwd: dir }, cb);
