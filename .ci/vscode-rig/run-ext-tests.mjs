// Runs an extension's test entry inside code-server's real Node extension host, driven by headless Debian
// Chromium (see /work/shared/docs/real-vscode-testing.md). The workspace folder is copied to a private temp
// dir first, so suites may edit files freely.
// usage: node run-ext-tests.mjs <extensionDir> <testsEntry.js> [workspaceFolder]
// env: CODE_SERVER_BIN (default: this rig's), CHROMIUM_BIN=/usr/bin/chromium, RIG_TIMEOUT_MS=240000,
//      RIG_KEEP=1 (keep the temp dir), RIG_UNTRUSTED=1 (workspace trust on, folder left untrusted),
//      RIG_SETTINGS='{"json":"user settings"}', RIG_SCREENSHOTS=<dir> (default <extensionDir>/test-results);
//      everything else (MOCHA_GREP...) reaches the extension host as-is.
// Bridge: a test prints `[rig-bridge] {"id","op",...}`; the driver performs it in the page (press, type,
// clipboard, text of a selector, screenshot) and writes RIG_BRIDGE_DIR/ack-<id>.json. Lines `[measure] ...` are summarised at the end.
// exit: 0 pass, 1 tests failed, 3 timeout (screenshot kept), 4 start/driver error, 5 "passed" but no tests ran.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const rigDir = path.dirname(fileURLToPath(import.meta.url));
const [ext, tests, folderArg] = process.argv.slice(2).map((p) => path.resolve(p));
if (!ext || !tests) {
  console.error('usage: node run-ext-tests.mjs <extensionDir> <testsEntry.js> [workspaceFolder]');
  process.exit(4);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rig-'));
const resultFile = path.join(tmp, 'result.json');
const untrusted = Boolean(process.env.RIG_UNTRUSTED);
const log = (...a) => console.log(`[rig +${process.uptime().toFixed(1)}s]`, ...a);

let folder = ext;
if (folderArg) {
  folder = path.join(tmp, 'ws', path.basename(folderArg));
  fs.cpSync(folderArg, folder, { recursive: true });
}

// Private HOME/XDG dirs: nothing lands in the real home (tsserver cache, chromium crash dirs...).
const bridgeDir = path.join(tmp, 'bridge');
fs.mkdirSync(bridgeDir);
const shotsDir = path.resolve(process.env.RIG_SCREENSHOTS || path.join(ext, 'test-results'));
const env = {
  ...process.env, RIG_RESULT_FILE: resultFile, RIG_BRIDGE_DIR: bridgeDir, RIG_UNTRUSTED: untrusted ? '1' : '', HOME: path.join(tmp, 'home'),
  XDG_CONFIG_HOME: path.join(tmp, 'home/.config'), XDG_DATA_HOME: path.join(tmp, 'home/.local/share'),
  XDG_CACHE_HOME: path.join(tmp, 'home/.cache'),
};
fs.mkdirSync(env.HOME);
const dataDir = path.join(tmp, 'data');
fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
const settings = {
  'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off', 'workbench.tips.enabled': false, 'git.enabled': false,
  // The suites need no JS/TS project service; its full server only adds CPU load (syntax server only).
  'typescript.tsserver.useSyntaxServer': 'always',
  // An untrusted run keeps trust on but never asks, so the folder opens in Restricted Mode.
  ...(untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
  ...JSON.parse(process.env.RIG_SETTINGS || '{}'),
};
fs.writeFileSync(path.join(dataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));

const codeServer = process.env.CODE_SERVER_BIN || path.join(rigDir, 'node_modules/.bin/code-server');
const server = spawn(codeServer, ['--config', '/dev/null', '--bind-addr', '127.0.0.1:0', '--auth', 'none',
  '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']),
  '--ignore-last-opened', '--user-data-dir', dataDir, '--extensions-dir', path.join(tmp, 'exts')],
{ env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
const stopServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
let serverOut = '';
const origin = await new Promise((resolve, reject) => {
  const onData = (b) => {
    serverOut += b;
    const m = serverOut.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/);
    if (m) resolve(m[1]);
  };
  server.stdout.on('data', onData); server.stderr.on('data', onData);
  server.on('exit', (c) => reject(new Error(`code-server exited (${c}):\n${serverOut}`)));
  setTimeout(() => reject(new Error(`code-server not listening after 60s:\n${serverOut}`)), 60000);
}).catch((e) => { console.error(e.message); stopServer(); process.exit(4); });
log('code-server at', origin, untrusted ? '(workspace trust on, folder untrusted)' : '');

// The web workbench reads extension-development settings from the `payload` query parameter.
const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
const payload = [['extensionDevelopmentPath', remote(ext)], ['extensionTestsPath', remote(tests)]];
const url = `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const measures = [];
// Workbench chatter that says nothing about the tests (offline gallery lookups, socket setup); RIG_VERBOSE=1 shows it.
const NOISE = /ENOTFOUND open-vsx\.org|^(?:Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin|\[Service Worker\]|ChatSessionStore:|Creation of workbench contribution)/;
/**
 * Puts text on the page's clipboard and reads it back: twice in a run of the whole suite, a paste brought in what an
 * earlier test had put there, as if the write had not happened. A write that does not hold is tried again.
 */
let clipboardUnreadableSaid = false;
async function writeClipboard(page, text) {
  for (let attempt = 1; ; attempt++) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const back = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    // null: this browser cannot read its clipboard back, so the write is taken on trust as before.
    if (back === null && !clipboardUnreadableSaid) {
      clipboardUnreadableSaid = true;
      log('clipboard: cannot be read back here; writes are taken on trust');
    }
    if (back === null || back.replace(/\r\n/g, '\n') === text.replace(/\r\n/g, '\n')) return;
    if (attempt === 5) throw new Error(`the clipboard holds ${back.length} chars after writing ${text.length}`);
    log(`clipboard: attempt ${attempt} left ${back.length} of ${text.length} chars there; writing again`);
    await page.bringToFront();
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}

async function serveBridge(page, req) {
  const answer = { ok: true };
  try {
    if (req.op === 'press') await page.keyboard.press(req.keys);
    else if (req.op === 'type') await page.keyboard.type(req.text, { delay: req.delayMs || 0 });
    else if (req.op === 'text') answer.value = (await page.locator(req.selector).allInnerTexts()).join('\n');
    else if (req.op === 'clipboard') await writeClipboard(page, req.text);
    else if (req.op === 'screenshot') {
      fs.mkdirSync(shotsDir, { recursive: true });
      answer.value = path.join(shotsDir, `${req.name}.png`);
      await page.screenshot({ path: answer.value });
      log('screenshot', answer.value);
    } else throw new Error(`unknown op ${req.op}`);
  } catch (e) {
    answer.ok = false;
    answer.error = String(e?.message || e);
  }
  fs.writeFileSync(path.join(bridgeDir, `ack-${req.id}.json.tmp`), JSON.stringify(answer));
  fs.renameSync(path.join(bridgeDir, `ack-${req.id}.json.tmp`), path.join(bridgeDir, `ack-${req.id}.json`));
}

let code = 4;
let ctx;
try {
  ctx = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium', headless: true, env,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = ctx.pages()[0] || await ctx.newPage();
  // The workbench calls these two hooks when they exist: log lines, then the host's exit code.
  let onExit;
  const exited = new Promise((r) => { onExit = r; });
  await page.exposeFunction('codeAutomationExit', (c) => onExit(c));
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...[].concat(args));
    if (line.startsWith('[rig-bridge] ')) { serveBridge(page, JSON.parse(line.slice(13))); return; }
    if (line.startsWith('[measure] ')) measures.push(line.slice(10));
    if (!process.env.RIG_VERBOSE && NOISE.test(line)) return;
    console.log(line);
  });
  await page.goto(url);
  const limit = Number(process.env.RIG_TIMEOUT_MS || 240000);
  code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), limit))]);
  if (code === 'timeout') {
    code = 3;
    await page.screenshot({ path: path.join(tmp, 'timeout.png') }).catch(() => {});
    log(`no exit after ${limit} ms; screenshot ${path.join(tmp, 'timeout.png')}`);
  }
} catch (e) {
  log('driver error:', e);
} finally {
  await ctx?.close().catch(() => {});
  stopServer();
}
const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
log('extension host exit code', code, 'result', JSON.stringify(result));
if (code === 0 && !(result && result.passes > 0 && result.failures === 0)) code = 5; // never green on zero tests
for (const m of measures) console.log(`measured: ${m}`);
if (result) console.log(`${result.passes} passed, ${result.failures} failed`);
if (process.env.RIG_KEEP || code === 3) log('kept', tmp); else fs.rmSync(tmp, { recursive: true, force: true });
process.exit(code);
