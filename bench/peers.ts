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
  /** Working directory for a run on this folder. */
  cwd(folder: string): string;
  /** Runs on each folder per bench run (default 1), for tools quick enough that start-up jitter dominates. */
  turnsPerRun?: number;
}

export function makeConfigDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-config-'));
  // A rule that throws aborts eslint's whole run (sdl 1.1.0's no-insecure-random throws on \`require(variable)\`),
  // so each listener is guarded: the peer keeps every finding it can make and its timing covers every file.
  fs.writeFileSync(
    path.join(dir, 'eslint.config.cjs'),
    `const guardListeners = (rule) => ({ ...rule, create(context) {
  const listeners = rule.create(context);
  return Object.fromEntries(Object.entries(listeners).map(([selector, listener]) => [selector, (...args) => {
    try { return listener(...args); } catch { return undefined; }
  }]));
} });
const guarded = (plugin) => ({ ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, guardListeners(rule)])) });
const security = guarded(require(${JSON.stringify(path.join(PEERS_DIR, 'node_modules/eslint-plugin-security'))}));
const sdl = guarded(require(${JSON.stringify(path.join(PEERS_DIR, 'node_modules/@microsoft/eslint-plugin-sdl'))}));
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
    // eslint lints only files under its base path, the working directory when -c is given.
    cwd: (folder) => folder,
    argv: (folder) => [bin('eslint'), '--no-config-lookup', '-c', path.join(configDir, 'eslint.config.cjs'), '--format', 'json', '--no-inline-config', '--no-warn-ignored', '--no-ignore', folder],
  };
}

export function secretlintTool(configDir: string): Tool {
  return {
    name: 'secretlint (recommended)',
    cwd: () => configDir,
    argv: (folder) => [bin('secretlint'), '--secretlintrc', path.join(configDir, '.secretlintrc.json'), '--format', 'json', `${folder}/**/*`],
  };
}

/** Runs a tool on a folder and returns wall seconds and stdout. Exit code 1 means findings; any other
 * non-zero code is a crash or a refusal, which would time a run that did no work, so it throws. */
export function runTool(tool: Tool, folder: string): { seconds: number; stdout: string } {
  const [command, ...args] = tool.argv(folder);
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: tool.cwd(folder), encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: '' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${tool.name} failed on ${folder} (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  return { seconds, stdout: result.stdout };
}
