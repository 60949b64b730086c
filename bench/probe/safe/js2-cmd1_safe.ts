const execFileAsync = promisify(execFile);
const { stdout } = await execFileAsync('git', ['clone', repoUrl]);
