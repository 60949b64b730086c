// Findings follow their text: a switch of a document's line breaks moves them and inserts nothing, a file deleted
// on disk takes them with it, and a file renamed in the editor keeps them under its new name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, api, codeOf, coachDiagnostics, describe, resetAfterTest, sleep, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER, PY_BLOCK, PY_RULE } from './snippets';

/** Writes a file the way another program would, and waits for its block to be scanned. */
async function writtenOnDisk(relPath: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relPath);
  fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
  fs.writeFileSync(uri.fsPath, `import subprocess\n\n${PY_BLOCK}`);
  await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === PY_RULE));
  return uri;
}

const where = (ds: readonly vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

suite('findings follow their text', () => {
  suiteSetup(activate);
  teardown(resetAfterTest);

  test('switching line breaks keeps findings on their lines and scans nothing new', async () => {
    // Risky code that was already there is not scanned (scope "insertions"); a block inserted below it is.
    const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: JS_HEADER + EXEC_BLOCK });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, EXEC_BLOCK.replace('archive', 'backup')));
    const before = where(await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE)));
    assert.equal(before.length, 1, 'only the inserted block is scanned');
    const insertionsBefore = api().insertions().length;

    for (const lineBreak of [vscode.EndOfLine.CRLF, vscode.EndOfLine.LF]) {
      await editor.edit((edit) => edit.setEndOfLine(lineBreak));
      assert.equal(document.eol, lineBreak);
      await sleep(500); // past the insertion delay, where a whole-text "insertion" would have been scanned
      await api().whenIdle();
      assert.deepEqual(where(coachDiagnostics(document.uri)), before, `after switching to ${lineBreak === vscode.EndOfLine.CRLF ? 'CR LF' : 'LF'}`);
    }
    assert.equal(api().insertions().length, insertionsBefore, `no insertion recorded: ${JSON.stringify(api().insertions().slice(insertionsBefore))}`);
  });

  test('a file or folder deleted on disk takes its findings with it', async () => {
    const file = await writtenOnDisk('deleted/report_job.py');
    const inFolder = await writtenOnDisk('deleted/jobs/export_job.py');
    fs.rmSync(file.fsPath);
    await waitFor(() => coachDiagnostics(file).length === 0 && api().tracked(file).findings === 0, `no findings on the deleted file (now: ${describe(coachDiagnostics(file))})`);
    assert.equal(coachDiagnostics(inFolder).length, 1, 'a file beside it keeps its own');
    fs.rmSync(vscode.Uri.joinPath(workspaceRoot(), 'deleted').fsPath, { recursive: true });
    await waitFor(() => coachDiagnostics(inFolder).length === 0 && api().tracked(inFolder).findings === 0, 'no findings in the deleted folder');
  });

  test('a file renamed in the editor keeps its findings under its new name, closed or open', async () => {
    const closed = await writtenOnDisk('renamed/report_job.py');
    const open = await writtenOnDisk('renamed/export_job.py');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(open), { preview: false });
    const expected = where(coachDiagnostics(closed));
    const renames = [
      { from: closed, to: vscode.Uri.joinPath(workspaceRoot(), 'renamed/nightly/report_job.py') },
      { from: open, to: vscode.Uri.joinPath(workspaceRoot(), 'renamed/export_job_v2.py') },
    ];
    const edit = new vscode.WorkspaceEdit();
    for (const { from, to } of renames) edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was applied');
    for (const { from, to } of renames) {
      await waitForDiagnostics(to, (all) => all.some((d) => codeOf(d) === PY_RULE));
      assert.deepEqual(where(coachDiagnostics(to)), expected, `${to.path} has the findings ${from.path} had, where they were`);
    }
    await sleep(1500); // the file watcher's delete events for the old names arrive late
    for (const { from, to } of renames) {
      assert.equal(coachDiagnostics(from).length, 0, `nothing is left under ${from.path}`);
      assert.deepEqual(where(coachDiagnostics(to)), expected, `${to.path} keeps them after the old name's deletion is seen`);
    }
  });
});
