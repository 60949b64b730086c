// Assistant-style insertions: an edit applied to a document nobody is looking at (chat/agent edit sessions,
// other extensions), an inline suggestion accepted with a real Tab, and a file written on disk by another program.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import {
  activate, api, bridge, codeOf, recentInsertions, resetAfterTest, measure, openEditor, placeCursorAtEnd, sleep, waitFor, waitForDiagnostics,
  workspaceRoot, writeFile,
} from './helpers';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER, PY_BLOCK, PY_RULE } from './snippets';

suite('assistant-style insertions', () => {
  suiteSetup(activate);
  teardown(resetAfterTest);

  test('a WorkspaceEdit to a document that is not visible is scanned as a background edit', async () => {
    const uri = await writeFile('agent/jobs.py', 'import subprocess\n\n');
    await sleep(600); // let the watcher's create event for the new (clean) file pass
    const other = await writeFile('agent/notes.txt', 'notes\n');
    await openEditor(other);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === doc), 'the target is not shown');

    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.lineAt(doc.lineCount - 1).range.end, PY_BLOCK);
    const applied = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === PY_RULE));
    measure('background WorkspaceEdit -> diagnostics', Date.now() - applied);
    assert.equal(ds.length, 1);
    assert.match(ds[0].message, /\(in background edit\)$/);
    assert.equal(ds[0].range.start.line, 6, 'on the subprocess line');
  });

  test('an inline suggestion accepted with Tab is scanned as an accepted suggestion', async function () {
    if (!bridge.available) this.skip(); // needs a real Tab key press through the rig
    const uri = await writeFile('assistant/archive.js', `${JS_HEADER}// archive handler\n`);
    const provider = vscode.languages.registerInlineCompletionItemProvider({ pattern: '**/assistant/*.js' }, {
      provideInlineCompletionItems(document, position) {
        if (position.line === 0 || !document.lineAt(position.line - 1).text.includes('archive handler')) return [];
        if (document.lineAt(position.line).text !== '') return [];
        return [new vscode.InlineCompletionItem(EXEC_BLOCK, new vscode.Range(position, position))];
      },
    });
    try {
      const editor = await openEditor(uri);
      await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ''));
      placeCursorAtEnd(editor);
      let accepted = false;
      for (let attempt = 0; attempt < 3 && !accepted; attempt++) {
        await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
        await sleep(700); // the ghost text must be on screen before Tab means "accept"
        await bridge.press('Tab');
        accepted = await waitFor(() => editor.document.getText().includes(EXEC_BLOCK), 'the suggestion to be accepted', 3000)
          .then(() => true, () => false);
        if (!accepted && editor.document.getText() !== `${JS_HEADER}// archive handler\n`) {
          await vscode.commands.executeCommand('undo'); // Tab indented instead: the ghost text was not up yet
        }
      }
      assert.ok(accepted, 'Tab accepted the inline suggestion');
      const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
      assert.match(ds[0].message, /\(in accepted suggestion\)$/);
    } finally {
      provider.dispose();
    }
  });

  test('a file written on disk by another program is scanned without being opened', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'report_job.py');
    const written = Date.now();
    fs.writeFileSync(uri.fsPath, `import subprocess\n\n${PY_BLOCK}`);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === PY_RULE)).catch((e: Error) => {
      throw new Error(`${e.message}; insertions seen: ${recentInsertions()}`);
    });
    measure('file written on disk -> diagnostics', Date.now() - written);
    assert.match(ds[0].message, /\(in block written on disk\)$/);
  });

  test('a test file written on disk gets only the secret rules (the policy default for test code)', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tests/test_report_job.py');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, `import subprocess\n\nAWS_KEY = "${['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('')}"\n${PY_BLOCK}`);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'secret.aws-access-key'));
    assert.deepEqual(ds.map(codeOf).filter((code) => code === PY_RULE), [], 'the code rule stays quiet in a test file');
    await openEditor(uri);
    await waitFor(() => api().statusBar()?.tooltip.includes('Test code: only secret'), 'the status bar tooltip says why');
  });

  test('a new folder written by another program has its files scanned', async () => {
    // The watcher may report only the folder's creation when a folder and its files appear at once.
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'generated/jobs');
    const uri = vscode.Uri.joinPath(dir, 'export_job.py');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, `import subprocess\n\n${PY_BLOCK}`);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === PY_RULE)).catch((e: Error) => {
      throw new Error(`${e.message}; insertions seen: ${recentInsertions()}`);
    });
    assert.match(ds[0].message, /\(in block written on disk\)$/);
  });
});
