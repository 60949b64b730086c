const child = spawn('bash', ['-c', command]);
