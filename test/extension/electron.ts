// `npm run test:electron`: the same real-editor suites in desktop VS Code through @vscode/test-electron.
// It downloads VS Code (network needed), so it is never part of CI; the code-server rig is the CI path.
// Without the rig's browser bridge, tests that need real key presses (Tab accept, typed reason) skip themselves
// and pastes go through the clipboard API and the paste command.
// env: VSCODE_TEST_VERSION (default 1.100.3), VSCODE_EXECUTABLE (use an installed VS Code instead).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const entry = path.join(__dirname, 'index.js');
  let failed = false;
  for (const untrusted of [false, true]) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-tests-'));
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(root, 'test/extension/workspace'), workspace, { recursive: true });
    const userData = path.join(tmp, 'user-data');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      ...(untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {}),
    }));
    console.log(`== @vscode/test-electron: ${untrusted ? 'untrusted' : 'trusted'} workspace`);
    try {
      await runTests({
        version: process.env.VSCODE_TEST_VERSION || '1.100.3',
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
        extensionDevelopmentPath: root,
        extensionTestsPath: entry,
        extensionTestsEnv: { RIG_UNTRUSTED: untrusted ? '1' : '' },
        launchArgs: [workspace, '--user-data-dir', userData, '--disable-extensions',
          ...(untrusted ? [] : ['--disable-workspace-trust'])],
      });
    } catch (e) {
      console.error(e);
      failed = true;
      if (/ENOTFOUND|ECONNREFUSED|download/i.test(String(e))) break; // no VS Code to run: the second run would fail alike
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
