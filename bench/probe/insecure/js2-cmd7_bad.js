const out = execSync("git checkout " + branch, { encoding: 'utf8' });
