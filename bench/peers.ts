// Peer tools for the bench and the eval: installed on demand into bench/peers (own lockfile), run as whole
// processes on the same files, timed the same way as our CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PEERS_DIR = path.join(__dirname, 'peers');
const bin = (name: string) => path.join(PEERS_DIR, 'node_modules', '.bin', name);

/** Installs the pinned peers (eslint + security plugins, secretlint) unless already there. */
export function ensurePeers(): void {
  if (fs.existsSync(bin('eslint')) && fs.existsSync(bin('secretlint'))) return;
  console.error('installing peer tools into bench/peers (npm ci) ...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS_DIR, stdio: 'inherit' });
}

/** A command that scans one folder, as argv. */
export interface Tool {
  name: string;
  argv(folder: string): string[];
  /** Working directory (peers read their config from it). */
  cwd: string;
}

export function makeConfigDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-config-'));
  fs.writeFileSync(
    path.join(dir, 'eslint.config.cjs'),
    `const security = require(${JSON.stringify(path.join(PEERS_DIR, 'node_modules/eslint-plugin-security'))});
const sdl = require(${JSON.stringify(path.join(PEERS_DIR, 'node_modules/@microsoft/eslint-plugin-sdl'))});
module.exports = [
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } } }, linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { security, '@microsoft/sdl': sdl },
    rules: { ...security.configs.recommended.rules, ...Object.fromEntries(Object.keys(sdl.rules).filter((r) => !r.includes('react') && !r.includes('angular')).map((r) => ['@microsoft/sdl/' + r, 'warn'])) } },
];
`,
  );
  fs.writeFileSync(path.join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return dir;
}

export function eslintTool(configDir: string): Tool {
  return {
    name: 'eslint + security + sdl',
    cwd: configDir,
    argv: (folder) => [bin('eslint'), '--no-config-lookup', '-c', path.join(configDir, 'eslint.config.cjs'), '--format', 'json', '--no-warn-ignored', '--no-ignore', folder],
  };
}

export function secretlintTool(configDir: string): Tool {
  return {
    name: 'secretlint (recommended)',
    cwd: configDir,
    argv: (folder) => [bin('secretlint'), '--secretlintrc', path.join(configDir, '.secretlintrc.json'), '--format', 'json', `${folder}/**/*`],
  };
}

/** Runs a tool on a folder and returns wall seconds and stdout. Exit codes other than crashes are fine. */
export function runTool(tool: Tool, folder: string): { seconds: number; stdout: string; status: number | null } {
  const [command, ...args] = tool.argv(folder);
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: tool.cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: '' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw result.error;
  return { seconds, stdout: result.stdout, status: result.status };
}
