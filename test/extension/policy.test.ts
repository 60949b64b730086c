// The workspace policy: its custom rule runs; a broken policy file gets located diagnostics while the last
// good policy stays in force; a repaired file clears them.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, api, codeOf, coachDiagnostics, describe, resetAfterTest, openEditor, paste, placeCursorAtEnd, sleep, waitFor,
  waitForDiagnostics, workspaceRoot, writeFile,
} from './helpers';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER, LEGACY_BLOCK, LEGACY_RULE } from './snippets';

suite('team policy', () => {
  let policyUri: vscode.Uri;
  let goodPolicy: string;

  suiteSetup(async () => {
    await activate();
    policyUri = vscode.Uri.joinPath(workspaceRoot(), '.security-coach.json');
    goodPolicy = Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8');
  });
  teardown(resetAfterTest);
  suiteTeardown(async () => {
    await vscode.workspace.fs.writeFile(policyUri, Buffer.from(goodPolicy));
  });

  async function pasteLegacy(name: string): Promise<vscode.Diagnostic[]> {
    const uri = await writeFile(`policy/${name}.js`, JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, LEGACY_BLOCK);
    return waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === LEGACY_RULE));
  }

  test('the workspace policy\'s custom rule reports a pasted block', async () => {
    const ds = await pasteLegacy('custom');
    assert.equal(ds.length, 1, describe(ds));
    assert.equal(ds[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  test('a broken policy gets located diagnostics and the last good policy keeps working', async () => {
    const broken = goodPolicy.replace('"customRules"', '"minSeverity": "loud",\n  "customRules"');
    assert.notEqual(broken, goodPolicy);
    await vscode.workspace.fs.writeFile(policyUri, Buffer.from(broken));
    const ds = await waitForDiagnostics(policyUri);
    const doc = await vscode.workspace.openTextDocument(policyUri);
    const bad = doc.positionAt(broken.indexOf('"loud"'));
    const onIt = ds.find((d) => d.range.start.line === bad.line);
    assert.ok(onIt, `a policy diagnostic on line ${bad.line + 1} ("minSeverity": "loud"), got ${describe(ds)}`);
    assert.ok(onIt.range.start.character >= broken.split('\n')[bad.line].indexOf('"minSeverity"'), 'it points into the bad entry');
    assert.equal(onIt.severity, vscode.DiagnosticSeverity.Error);

    const stillWorking = await pasteLegacy('last-good');
    assert.equal(stillWorking.length, 1, 'the custom rule from the last good policy still reports');
  });

  test('a renamed rule id loads, with a warning at its key naming the new id', async () => {
    const renamed = goodPolicy.replace('"customRules"', '"rules": { "go.file-permissions": "off" },\n  "customRules"');
    assert.notEqual(renamed, goodPolicy);
    await vscode.workspace.fs.writeFile(policyUri, Buffer.from(renamed));
    const ds = await waitForDiagnostics(policyUri, (all) => all.some((d) => d.message.includes('go.chmod-world-writable')));
    const doc = await vscode.workspace.openTextDocument(policyUri);
    const key = doc.positionAt(renamed.indexOf('"go.file-permissions"'));
    // One warning and no error: the file loaded (the unit tests check that the setting takes effect).
    assert.deepEqual(ds.map((d) => [d.severity, d.range.start.line, d.range.start.character]), [[vscode.DiagnosticSeverity.Warning, key.line, key.character]], describe(ds));
  });

  test("a rule setting's ignore globs turn that rule off on the files they name, and only there", async () => {
    // Two rule settings make this load's log line unlike the other tests' loads.
    const scoped = goodPolicy.replace('"customRules"', `"rules": { "${LEGACY_RULE}": { "ignore": ["policy/vendored/**"] }, "js.math-random": "on" },\n  "customRules"`);
    assert.notEqual(scoped, goodPolicy);
    await vscode.workspace.fs.writeFile(policyUri, Buffer.from(scoped));
    await waitFor(() => api().logLines().some((line) => line.includes(' custom rule(s), 2 rule setting(s)')), 'the scoped policy to load');
    const uri = await writeFile('policy/vendored/mixed.js', JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, EXEC_BLOCK + '\n' + LEGACY_BLOCK);
    await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    await sleep(1000); // a custom-rule finding would have arrived with the built-in one
    const vendored = coachDiagnostics(uri);
    assert.ok(!vendored.some((d) => codeOf(d) === LEGACY_RULE), `no custom-rule finding under policy/vendored/, got ${describe(vendored)}`);
    assert.equal((await pasteLegacy('outside-vendored')).length, 1, 'the custom rule still reports outside the ignored folder');
  });

  test('repairing the policy clears its diagnostics', async () => {
    await vscode.workspace.fs.writeFile(policyUri, Buffer.from(goodPolicy));
    await waitForDiagnostics(policyUri, (all) => all.length === 0);
    await sleep(300);
    assert.equal(coachDiagnostics(policyUri).length, 0);
  });
});
