// Binary and generated files are skipped with a reason, by Scan Current File and by scope "file" on open: a
// lockfile, a minified bundle, a minified file under an ordinary name, and a PNG opened as text. Each holds code
// that would be reported in an ordinary file, so the skip (not an empty file) is what keeps them quiet; the
// reason is what the command returns, what the status bar says and what the output channel logs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  activate, api, assertStaysSilent, coachDiagnostics, discardAll, extension, openEditor, waitFor, withSettings, writeFile,
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
  let restore: (() => Promise<void>) | undefined;

  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(async () => {
    await restore?.();
    restore = undefined;
    await discardAll();
  });

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
    { name: 'an npm lockfile', file: 'skip/package-lock.json', content: LOCKFILE, reason: /^skipped: a generated file \(lockfile, bundle or source map\)$/ },
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
    restore = await withSettings('securityCoach', { scope: 'file' });
    const uri = await writeFile('skip/vendor.bundle.js', MINIFIED);
    await openEditor(uri);
    const reason = await waitFor(() => api().tracked(uri).skipped, 'a skip reason on open');
    assert.match(reason, /^skipped: a generated file/);
    assertReasonShown(uri, reason);
    await assertStaysSilent(uri, 1000, 'a generated file');
  });

  test('a PNG opened as text is skipped as binary', async function () {
    const png = fs.readFileSync(path.join(extension().extensionPath, 'media/icon.png'));
    // The image's bytes, plus a line of code a text scan would report, in case the editor decodes it.
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'skip/logo.png');
    await vscode.workspace.fs.writeFile(uri, Buffer.concat([png, Buffer.from(`\n${RISKY_JS}\n`)]));
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      console.log(`a PNG cannot be opened as text in this editor (${(error as Error).message}); nothing to skip`);
      this.skip();
    }
    await vscode.window.showTextDocument(document, { preview: false });
    const result = await vscode.commands.executeCommand<ScanResult>('securityCoach.scanFile');
    assert.deepEqual(result, { findings: 0, skipped: 'skipped: a binary file type' });
    assertReasonShown(uri, result!.skipped!);

    // The same bytes under a name that says nothing: the NUL bytes give it away.
    const blob = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'skip/cache.dat');
    await vscode.workspace.fs.writeFile(blob, Buffer.concat([png, Buffer.from(`\n${RISKY_JS}\n`)]));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(blob), { preview: false });
    const byContent = await vscode.commands.executeCommand<ScanResult>('securityCoach.scanFile');
    assert.deepEqual(byContent, { findings: 0, skipped: 'skipped: the file contains NUL bytes (binary)' });
    assertReasonShown(blob, byContent!.skipped!);
  });
});
