// The extension loads in the real editor, activates, and the rig's keyboard/clipboard bridge reaches it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, bridge, resetAfterTest, extension, measure, openEditor, paste, writeFile } from './helpers';

suite('activation', () => {
  teardown(resetAfterTest);

  test('the extension is installed in a real VS Code and activates', async () => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}, uriScheme ${vscode.env.uriScheme})`);
    const ext = extension();
    const wasActive = ext.isActive;
    const started = performance.now();
    const api = await activate();
    const took = performance.now() - started;
    assert.ok(ext.isActive);
    // Activation is measured here only when this call did it; otherwise the extension reports its own time.
    const reported = api?.activationMs;
    if (!wasActive) measure('extension activation (activate() call, cold)', took);
    if (typeof reported === 'number') measure('extension activation (reported by activate())', reported);
    if (wasActive && typeof reported !== 'number') console.log('activation: the editor had activated it already; no time reported');
  });

  test('a real Control+V reaches the document through the rig', async function () {
    if (!bridge.available) this.skip();
    const uri = await writeFile('scratch/bridge.txt', '');
    const editor = await openEditor(uri);
    await paste(editor, 'hello from the real clipboard\n');
    assert.equal(editor.document.getText(), 'hello from the real clipboard\n');
  });
});
