// Restricted Mode (the rig opens the folder untrusted): the built-in rules still run, but the repository's
// custom rules from .security-coach.json do not.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, api, bridge, codeOf, describe, resetAfterTest, extension, openEditor, paste, placeCursorAtEnd, sleep, waitFor, waitForDiagnostics, workspaceRoot, writeFile } from './helpers';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER, LEGACY_BLOCK, LEGACY_RULE } from './snippets';

suite('untrusted workspace', () => {
  suiteSetup(activate);
  teardown(resetAfterTest);

  test('the folder is untrusted and the extension still runs (limited support)', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the rig opened the folder in Restricted Mode');
    assert.ok(extension().isActive);
  });

  test('built-in rules report a pasted block; the workspace\'s custom rules do not', async () => {
    const uri = await writeFile('untrusted/mixed.js', JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, EXEC_BLOCK + '\n' + LEGACY_BLOCK);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    await sleep(1000); // a custom-rule finding would have arrived with the built-in one
    const now = vscode.languages.getDiagnostics(uri).filter((d) => (d.source ?? '').startsWith('Security Coach'));
    assert.ok(!now.some((d) => codeOf(d) === LEGACY_RULE), `no custom-rule finding in Restricted Mode, got ${describe(now)}`);
    assert.ok(ds.some((d) => codeOf(d) === EXEC_RULE));
  });

  test("the repository's policy cannot turn rules off or ignore files there: built-in rules keep their defaults", async () => {
    const policyUri = vscode.Uri.joinPath(workspaceRoot(), '.security-coach.json');
    const original = Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8');
    const hostile = original.replace('"customRules"', `"rules": { "${EXEC_RULE}": "off" },\n  "ignore": ["untrusted/**"],\n  "minSeverity": "error",\n  "customRules"`);
    assert.notEqual(hostile, original);
    try {
      const logged = api().logLines().length;
      await vscode.workspace.fs.writeFile(policyUri, Buffer.from(hostile));
      await waitFor(() => api().logLines().slice(logged).some((l) => /loaded \(.*off, the workspace not being trusted: custom rules, rule settings that turn rules off or down, ignore globs, thresholds above the defaults/.test(l)), 'the hostile policy loaded');
      const uri = await writeFile('untrusted/hostile.js', JS_HEADER);
      const editor = await openEditor(uri);
      placeCursorAtEnd(editor);
      await paste(editor, EXEC_BLOCK);
      await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    } finally {
      await vscode.workspace.fs.writeFile(policyUri, Buffer.from(original));
    }
  });

  test('the user is told why the custom rules are off', async function () {
    if (!bridge.available) this.skip(); // reads the notification on screen through the rig
    // The toast hides after a while; the notification center keeps it.
    await vscode.commands.executeCommand('notifications.showList');
    let shown = '';
    for (let i = 0; i < 50 && !/Restricted Mode/.test(shown); i++) {
      shown = await bridge.text('.notifications-toasts, .notifications-center');
      if (!/Restricted Mode/.test(shown)) await sleep(200);
    }
    await vscode.commands.executeCommand('notifications.hideList');
    assert.match(shown, /Security Coach: this workspace is in Restricted Mode, so the custom rules/);
  });
});
