const child = spawn('git', ['log', branch]);
