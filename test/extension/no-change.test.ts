// The extension never changes a file without an explicit action: pasting a risky block, scanning the file and the
// workspace, opening files with scope "file" and reloading the policy leave every file on disk byte-for-byte as it
// was (the policy file included), the pasted document's text is exactly its old text plus the paste, and no other
// document is edited or becomes dirty.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  activate, api, codeOf, resetAfterTest, openEditor, paste, placeCursorAtEnd, sleep, waitFor, waitForDiagnostics, withSettings,
  workspaceRoot, writeFile,
} from './helpers';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER, PY_BLOCK } from './snippets';

/** Every file under `dir` (relative path -> sha256), skipping nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(path.relative(dir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

function diff(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [file, hash] of before) if (after.get(file) !== hash) changes.push(`${after.has(file) ? 'changed' : 'deleted'}: ${file}`);
  for (const file of after.keys()) if (!before.has(file)) changes.push(`created: ${file}`);
  return changes;
}

suite('no change without an explicit action', () => {
  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(resetAfterTest);

  test('pasting, scanning the file and the workspace, and reloading the policy change nothing but the pasted text', async () => {
    const root = workspaceRoot().fsPath;
    const policyPath = path.join(root, '.security-coach.json');
    // Files with findings of their own, open in editors next to the one pasted into.
    const other = await writeFile('nochange/other.js', JS_HEADER + EXEC_BLOCK);
    const python = await writeFile('nochange/jobs.py', `import subprocess\n\n${PY_BLOCK}`);
    const target = await writeFile('nochange/target.js', JS_HEADER);
    await sleep(800); // the watcher's events for these new files pass before the baseline is taken
    await api().whenIdle();
    const before = snapshot(root);
    const policyBytes = fs.readFileSync(policyPath);

    console.log(`files.autoSave here: ${JSON.stringify(vscode.workspace.getConfiguration('files').inspect('autoSave'))}`);
    // The editor's own auto save is the user's choice, not an action of the extension: off, so only the extension could save.
    await withSettings('files', { autoSave: 'off' });
    await withSettings('securityCoach', { scope: 'file' }); // every open file is scanned whole too
    const edits: string[] = [];
    const watch = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) edits.push(`${vscode.workspace.asRelativePath(e.document.uri)}: ${e.contentChanges.map((c) => c.text.length).join('+')} chars`);
    });
    try {
      await openEditor(other);
      await openEditor(python);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(policyPath)), { preview: false });

      const editor = await openEditor(target);
      placeCursorAtEnd(editor);
      await paste(editor, EXEC_BLOCK);
      await waitForDiagnostics(target, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
      await waitForDiagnostics(other, (all) => all.some((d) => codeOf(d) === EXEC_RULE));

      await vscode.window.showTextDocument(editor.document);
      const fileScan = await vscode.commands.executeCommand<{ findings: number }>('securityCoach.scanFile');
      assert.ok(fileScan && fileScan.findings >= 1, 'Scan Current File found the pasted command injection');
      const workspaceScan = await vscode.commands.executeCommand<{ scanned: number; findings: number }>('securityCoach.scanWorkspace');
      assert.ok(workspaceScan && workspaceScan.scanned >= 3 && workspaceScan.findings >= 2, `Scan Workspace ran: ${JSON.stringify(workspaceScan)}`);

      // Reload the policy: the file is written again with the same bytes, as a checkout or an editor save does.
      const loadsBefore = api().logLines().filter((line) => /\.security-coach\.json in .*: loaded/.test(line)).length;
      fs.writeFileSync(policyPath, policyBytes);
      await waitFor(() => api().logLines().filter((line) => /\.security-coach\.json in .*: loaded/.test(line)).length > loadsBefore, 'the policy to be reloaded');
      await api().whenIdle();
      await sleep(500);

      // The pasted document: its old text plus the paste, nothing else, still unsaved.
      assert.equal(editor.document.getText(), JS_HEADER + EXEC_BLOCK, 'the document holds exactly its text plus the paste');
      assert.deepEqual(edits, [`nochange/target.js: ${EXEC_BLOCK.length} chars`], 'the only edit of any document is the paste');
      // On disk: every file byte-for-byte as before (the pasted file was not saved, the policy not rewritten).
      assert.deepEqual(diff(before, snapshot(root)), [], 'files on disk are unchanged');
      const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => vscode.workspace.asRelativePath(d.uri));
      assert.deepEqual(dirty, ['nochange/target.js'], `no other document became dirty (the target is ${editor.document.isDirty ? '' : 'not '}dirty, ${editor.document.isClosed ? 'closed' : 'open'}; open: ${vscode.workspace.textDocuments.map((d) => `${vscode.workspace.asRelativePath(d.uri)}${d.isDirty ? '*' : ''}`).join(', ')})`);
      assert.ok(fs.readFileSync(policyPath).equals(policyBytes), 'the policy file is byte-for-byte the same');
    } finally {
      watch.dispose();
    }
  });
});
