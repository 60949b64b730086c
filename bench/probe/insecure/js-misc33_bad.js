const execOpts = { shell: true };
spawn(cmd, args, execOpts);
