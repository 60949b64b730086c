// Big files in the real editor: a 10 MB file and a 5 MB minified one-line file opened (with scope "file", so the
// extension looks at each), and a block pasted into the open 10 MB file. For each, the longest synchronous block
// of the extension host's event loop and the heap growth are measured and reported (printed, and merged into
// test-results/big-inputs.json), never asserted. What is asserted is the behaviour: a file too big to scan is
// skipped with a visible reason (test API, status bar, output channel), while a block pasted into it is scanned.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, api, bridge, codeOf, coachDiagnostics, describe, resetAfterTest, openEditor, paste, placeCursorAtEnd,
  waitFor, waitForDiagnostics, withSettings,
} from './helpers';
import { assertVisibleReason, bigFile, minifiedLine, profilePath, removeBigFiles, report, writeBig } from './big-input-kit';
import { measureLoop } from './loop-probe';
import { PY_BLOCK, PY_RULE } from './snippets';

suite('big inputs: files', () => {
  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(resetAfterTest);
  suiteTeardown(() => {
    removeBigFiles();
    // The rules are compiled and warmed up in steps when a language is first seen (it was the longest step here).
    for (const line of api().logLines().filter((l) => /rules for \S+ prepared/.test(l))) console.log(`[big-input] ${line}`);
  });

  /** Opens a big file with scope "file" (the extension looks at every opened file) and waits for its verdict. */
  async function openBig(what: string, relPath: string, text: string): Promise<{ uri: vscode.Uri; skipped: string }> {
    const uri = await writeBig(relPath, text);
    await withSettings('securityCoach', { scope: 'file' });
    const { result: skipped, report: r } = await measureLoop(what, async () => {
      const editor = await openEditor(uri);
      assert.equal(editor.document.getText().length, text.length, 'the whole file reached the extension host');
      const reason = await waitFor(() => api().tracked(uri).skipped, `a skip reason for ${relPath}`, 30_000);
      await api().whenIdle();
      return reason;
    }, profilePath(what));
    report(r);
    return { uri, skipped };
  }

  test('a 10 MB file opens without scanning it: skipped as too large, and the user can see why', async () => {
    const text = bigFile(10 * 1024 * 1024);
    const { uri, skipped } = await openBig('10 MB file opened (scope "file")', 'big/report_helpers.py', text);
    assert.match(skipped, /^skipped: 10\.\d MB is over the 2\.0 MB limit \(maxFileBytes\)$/);
    assertVisibleReason(uri, skipped);
    assert.equal(coachDiagnostics(uri).length, 0);
    assert.equal(api().tracked(uri).blocks, 0);

    // Scan Current File says the same, instead of scanning.
    const result = await vscode.commands.executeCommand<{ findings: number; skipped?: string }>('securityCoach.scanFile');
    assert.deepEqual(result, { findings: 0, skipped });

    // A block pasted into it is still scanned, and only the block: the file's size does not matter.
    if (!bridge.available) return;
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString());
    placeCursorAtEnd(editor);
    const block = `import subprocess\n\n${PY_BLOCK}`;
    const { result: ds, report: r } = await measureLoop('11-line paste into the open 10 MB file', async () => {
      await paste(editor, block);
      const found = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === PY_RULE), 30_000);
      await api().whenIdle();
      return found;
    }, profilePath('paste into the 10 MB file'));
    report(r);
    assert.equal(ds.length, 1, describe(ds));
    assert.match(ds[0].message, /\(in pasted block\)$/);
    assert.equal(ds[0].range.start.line, editor.document.lineCount - 1 - PY_BLOCK.split('\n').length + 5, 'on the subprocess line of the pasted block');
  });

  test('a 5 MB minified one-line file opens without scanning it, with the reason shown', async () => {
    const text = minifiedLine(5 * 1024 * 1024);
    assert.equal(text.indexOf('\n'), text.length - 1, 'one line');
    const { uri, skipped } = await openBig('5 MB minified one-line file opened (scope "file")', 'big/vendor.js', text);
    assert.match(skipped, /^skipped: 5\.\d MB is over the 2\.0 MB limit \(maxFileBytes\)$/);
    assertVisibleReason(uri, skipped);
    assert.equal(coachDiagnostics(uri).length, 0);
  });

});
