// Binary and generated files are skipped with a reason, by Scan Current File and by scope "file" on open: a
// lockfile, a minified bundle, a minified file under an ordinary name, a file with NUL bytes; a PNG (which VS Code
// will not open as text) is never scanned and Scan Workspace counts it as binary. Each holds code that would be
// reported in an ordinary file, so the skip (not an empty file) is what keeps them quiet; the reason is what the
// command returns, what the status bar says and what the output channel logs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  activate, api, assertStaysSilent, coachDiagnostics, resetAfterTest, extension, openEditor, waitFor, withSettings, workspaceRoot, writeFile,
} from './helpers';

interface ScanResult {
  findings: number;
  skipped?: string;
}

/** `eval` of request data: reported by js rules in an ordinary file. */
const RISKY_JS = 'module.exports=function(req){return eval(req.query.expr)};';

const LOCKFILE = `${JSON.stringify({
  name: 'shop', version: '1.0.0', lockfileVersion: 3, requires: true,
  packages: {
    '': { name: 'shop', version: '1.0.0', dependencies: { express: '^4.19.2' } },
    'node_modules/express': {
      version: '4.19.2', resolved: 'http://registry.npmjs.org/express/-/express-4.19.2.tgz',
      integrity: 'sha512-5T6nhjsT+EOMzuck8JjBHARTHfMht0POzlA60WV2pMD3gyXw2LZnZ+ueGdNxG+0calOJcWKbpFcuzLZ91YWq9Q==',
    },
  },
}, null, 2)}\n`;

const MINIFIED = `${Array.from({ length: 120 }, (_, i) => `var a${i}=function(t){return t+${i}};`).join('')}${RISKY_JS}\n`;

suite('binary and generated files are skipped with a reason', () => {
  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(resetAfterTest);

  async function scanCurrentFile(uri: vscode.Uri): Promise<ScanResult> {
    await openEditor(uri);
    const result = await vscode.commands.executeCommand<ScanResult>('securityCoach.scanFile');
    assert.ok(result, 'Scan Current File returned a result');
    return result;
  }

  function assertReasonShown(uri: vscode.Uri, reason: string): void {
    assert.equal(api().tracked(uri).skipped, reason, 'the extension keeps the reason');
    const status = api().statusBar();
    assert.equal(status?.text, '$(shield) skipped');
    assert.ok(status?.tooltip.includes(`Not scanned: ${reason.replace(/^skipped: /, '')}`), `status bar tooltip: ${status?.tooltip}`);
    const rel = vscode.workspace.asRelativePath(uri, true);
    assert.ok(api().logLines().some((line) => line.includes(`${rel}: ${reason}`)), `the output channel logs "${rel}: ${reason}"`);
  }

  test('the same code in an ordinary file is reported (the control)', async () => {
    const result = await scanCurrentFile(await writeFile('skip/app.js', `${MINIFIED.slice(0, 400)}\n${RISKY_JS}\n`));
    assert.ok(result.findings >= 1 && !result.skipped, `reported: ${JSON.stringify(result)}`);
  });

  const cases: { name: string; file: string; content: string; reason: RegExp }[] = [
    { name: 'an npm lockfile', file: 'skip/package-lock.json', content: LOCKFILE, reason: /^skipped: a generated file \(lockfile, bundle, source map or SARIF report\)$/ },
    { name: 'a yarn lockfile', file: 'skip/yarn.lock', content: `express@^4.19.2:\n  version "4.19.2"\n  resolved "http://registry.yarnpkg.com/express/-/express-4.19.2.tgz"\n`, reason: /^skipped: a generated file/ },
    { name: 'a .min.js bundle', file: 'skip/public/app.min.js', content: MINIFIED, reason: /^skipped: a generated file/ },
    // (in a build folder: a new file elsewhere counts as one written by another program, and is scanned as a block)
    { name: 'minified code under an ordinary name', file: 'skip/build/app.js', content: MINIFIED.repeat(2).replace(/\n/g, ';'), reason: /^skipped: minified or generated \(a line over 5000 characters\)$/ },
  ];
  for (const { name, file, content, reason } of cases) {
    test(`${name} is skipped by Scan Current File, with the reason shown`, async () => {
      const uri = await writeFile(file, content);
      const result = await scanCurrentFile(uri);
      assert.equal(result.findings, 0);
      assert.match(result.skipped ?? '', reason);
      assertReasonShown(uri, result.skipped!);
      assert.equal(coachDiagnostics(uri).length, 0);
    });
  }

  test('scope "file" skips a generated file on open, with the reason shown', async () => {
    await withSettings('securityCoach', { scope: 'file' });
    const uri = await writeFile('skip/vendor.bundle.js', MINIFIED);
    await openEditor(uri);
    const reason = await waitFor(() => api().tracked(uri).skipped, 'a skip reason on open');
    assert.match(reason, /^skipped: a generated file/);
    assertReasonShown(uri, reason);
    await assertStaysSilent(uri, 1000, 'a generated file');
  });

  test('a PNG is never scanned: the editor will not open it as text, and Scan Workspace counts it as binary', async () => {
    const png = fs.readFileSync(path.join(extension().extensionPath, 'media/icon.png'));
    // The image's bytes plus a line of code a text scan would report, written as another program would.
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'skip/logo.png');
    fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
    fs.writeFileSync(uri.fsPath, Buffer.concat([png, Buffer.from(`\n${RISKY_JS}\n`)]));
    await assertStaysSilent(uri, 1500, 'an image written on disk');
    assert.ok(!api().insertions().some((r) => r.uri.endsWith('skip/logo.png')), 'not taken as a block written on disk');
    // "Opened as text": VS Code itself refuses, so no text of it ever reaches the extension.
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /binary/i);
    const summary = await vscode.commands.executeCommand<{ skipped: Record<string, number> }>('securityCoach.scanWorkspace');
    assert.ok((summary?.skipped.binary ?? 0) >= 1, `Scan Workspace skipped it as binary: ${JSON.stringify(summary?.skipped)}`);
    assert.equal(coachDiagnostics(uri).length, 0);
  });

  test('a text file with NUL bytes, opened in the editor, is skipped as binary', async () => {
    // VS Code opens it as text (its binary check looks at the first bytes only); the extension looks further.
    const uri = await writeFile('skip/cache.dat', `${'cached record line\n'.repeat(60)}\u0000\u0001\u0002\n${RISKY_JS}\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.getText().includes('\u0000'), 'the editor opened it as text, NUL bytes included');
    const result = await scanCurrentFile(uri);
    assert.deepEqual(result, { findings: 0, skipped: 'skipped: the file contains NUL bytes (binary)' });
    assertReasonShown(uri, result.skipped!);
    assert.equal(coachDiagnostics(uri).length, 0);
  });
});
