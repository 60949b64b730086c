const execAsync = promisify(exec);
const { stdout } = await execAsync(`git clone ${repoUrl}`);
