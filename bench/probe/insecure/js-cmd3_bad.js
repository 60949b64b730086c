const { execSync } = require('child_process');
const out = execSync(`git log --author=${author}`).toString();
