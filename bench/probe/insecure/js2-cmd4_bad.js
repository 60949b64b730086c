spawn('sh', ['-c', `ls ${dir}`], { stdio: 'inherit' });
