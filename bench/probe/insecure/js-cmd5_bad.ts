import { exec } from 'child_process';
import util from 'util';
const run = util.promisify(exec);
await run(`tar -xzf ${filename}`);
