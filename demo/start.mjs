// `npm start` / `npm run demo`: builds and packages Security Coach, installs the .vsix into a private
// code-server (a real VS Code in the browser), opens a fresh copy of demo/workspace and prints the URL.
// env: DEMO_PORT (default 0 = any free port), DEMO_DIR (default: a temp dir, removed on exit).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rig = path.join(root, '.ci/vscode-rig');
const say = (...a) => console.log('[demo]', ...a);

if (!fs.existsSync(path.join(rig, 'node_modules/.bin/code-server'))) {
  say('installing the real-editor rig (code-server 4.100.3), once: about 2 minutes');
  execFileSync('bash', [path.join(rig, 'install.sh')], { stdio: 'inherit' });
}
const { QUIET_SETTINGS, folderUrl, installVsix, startCodeServer, writeUserSettings } = await import('../.ci/vscode-rig/code-server.mjs');

say('building and packaging the extension');
const vsix = execFileSync(process.execPath, [path.join(rig, 'package.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  .trim().split('\n').pop();

const dir = process.env.DEMO_DIR ? path.resolve(process.env.DEMO_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'security-coach-demo-'));
const workspace = path.join(dir, 'security-coach-demo');
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'demo/workspace'), workspace, { recursive: true });
writeUserSettings(dir, {
  ...QUIET_SETTINGS,
  // The demo files are already on disk, so scan whole files on open; pastes are still coached as blocks.
  'securityCoach.scope': 'file',
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.fontSize': 14,
});
say('installed:', installVsix(dir, vsix).split('\n').filter((l) => l.includes('security-coach')).join(', '));

const server = await startCodeServer(dir, { port: Number(process.env.DEMO_PORT || 0) });
const cleanup = () => {
  server.stop();
  if (!process.env.DEMO_DIR) fs.rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => { cleanup(); process.exit(0); });
process.on('SIGTERM', () => { cleanup(); process.exit(0); });
server.process.on('exit', (c) => { say(`code-server exited (${c})`); cleanup(); process.exit(c ?? 1); });

console.log(`
  Security Coach demo is running in a real VS Code (code-server 4.100.3), offline, on this machine only.

    Open:  ${folderUrl(server.origin, workspace)}

  Workspace: ${workspace} (a fresh copy of demo/workspace; edits stay there)
  Try: open api/thumbnails.js, hover a squiggle, Ctrl+Shift+M for Problems, click a rule id for its lesson;
       paste PASTE-ME.txt's snippet from a terminal into a file. Stop with Ctrl+C.
`);
