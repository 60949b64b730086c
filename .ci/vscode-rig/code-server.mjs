// Starts a private code-server (VS Code 1.100.3 server + web workbench) on 127.0.0.1 and installs a .vsix into
// it. Shared by the browser-level test and the demo. Everything lives under `dir`: user data, extensions, HOME.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rigDir = path.dirname(fileURLToPath(import.meta.url));
export const CODE_SERVER_BIN = process.env.CODE_SERVER_BIN || path.join(rigDir, 'node_modules/.bin/code-server');

/** Settings that keep the workbench quiet and offline: no welcome page, no update or gallery checks. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

/** Private HOME/XDG dirs under `dir`, so nothing lands in the real home. */
export function privateEnv(dir) {
  const home = path.join(dir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'),
  };
}

function baseArgs(dir) {
  return ['--config', '/dev/null', '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'exts')];
}

export function writeUserSettings(dir, settings) {
  const user = path.join(dir, 'data/User');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(path.join(user, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Installs a .vsix into the private extensions dir; returns `--list-extensions --show-versions`. */
export function installVsix(dir, vsix) {
  const env = privateEnv(dir);
  execFileSync(CODE_SERVER_BIN, [...baseArgs(dir), '--install-extension', vsix, '--force'], { env, stdio: 'pipe' });
  return execFileSync(CODE_SERVER_BIN, [...baseArgs(dir), '--list-extensions', '--show-versions'], { env, encoding: 'utf8' }).trim();
}

/**
 * Starts code-server and resolves with `{ origin, process, stop }` once it listens.
 * `port` 0 picks a free one. `trust` false leaves Workspace Trust on (folders open untrusted unless trusted).
 */
export async function startCodeServer(dir, { port = 0, trust = true, stdio = 'pipe' } = {}) {
  const env = privateEnv(dir);
  const server = spawn(CODE_SERVER_BIN, [...baseArgs(dir), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--ignore-last-opened', ...(trust ? ['--disable-workspace-trust'] : [])],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  let out = '';
  const origin = await new Promise((resolve, reject) => {
    const onData = (b) => {
      out += b;
      if (stdio === 'inherit') process.stderr.write(b);
      const m = out.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) resolve(m[1]);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`code-server exited (${c}):\n${out}`)));
    setTimeout(() => reject(new Error(`code-server not listening after 60 s:\n${out}`)), 60_000);
  }).catch((e) => { stop(); throw e; });
  return { origin, process: server, stop, output: () => out };
}

/** The workbench URL that opens `folder`. */
export function folderUrl(origin, folder) {
  return `${origin}/?folder=${encodeURIComponent(folder)}`;
}
