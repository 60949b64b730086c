// A block pasted with the real clipboard and Control+V is scanned: diagnostic with rule id, exact range and a
// lesson link; fixing it clears the diagnostic; typing the same code key by key reports nothing.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_POLICY, scan } from '../../src/engine';
import {
  EXTENSION_ID, SOURCE, activate, api, assertStaysSilent, codeOf, coachDiagnostics, describe, resetAfterTest, measure, openEditor,
  paste, placeCursorAtEnd, rangeOfText, sleep, targetOf, typeText, waitFor, waitForDiagnostics, withSettings, workspaceRoot, writeFile,
} from './helpers';
import { EXEC_BLOCK, EXEC_CALL, EXEC_FIXED_CALL, EXEC_RULE, JS_HEADER } from './snippets';

suite('paste', () => {
  suiteSetup(activate);
  teardown(resetAfterTest);

  test('a pasted command injection gets a diagnostic with the rule id, its range and a lesson link', async () => {
    const uri = await writeFile('paste/archive.js', JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    const { pressed, landed } = await paste(editor, EXEC_BLOCK);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    const seen = Date.now();
    measure('paste -> diagnostics, Control+V sent -> diagnostic seen by the test', seen - pressed);
    measure('paste -> diagnostics, text in the document -> diagnostic seen by the test', seen - landed);
    const record = api().scans().filter((r) => r.origin === 'paste').at(-1);
    if (record?.latencyMs !== undefined) measure('paste -> diagnostics, as the extension records it (change seen -> published)', record.latencyMs);
    if (record) measure(`scan of the pasted block (${record.chars} chars)`, record.durationMs);

    const doc = editor.document;
    const expected = scan(doc.getText(), { languageId: 'javascript' }, DEFAULT_POLICY).filter((f) => f.ruleId === EXEC_RULE);
    assert.equal(expected.length, 1, 'the engine sees exactly one command injection in the file');
    const [d] = ds.filter((x) => codeOf(x) === EXEC_RULE);
    assert.equal(ds.length, 1, `exactly one diagnostic, got ${describe(ds)}`);
    assert.equal(d.source, SOURCE);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    const want = new vscode.Range(doc.positionAt(expected[0].range.start.offset), doc.positionAt(expected[0].range.end.offset));
    assert.ok(d.range.isEqual(want), `range ${fmt(d.range)} should be ${fmt(want)}`);
    assert.ok(d.range.intersection(rangeOfText(doc, EXEC_CALL)), 'the range is on the exec() call');
    assert.match(d.message, /\(in pasted block\)$/, 'the message says where the code came from');

    const target = targetOf(d);
    assert.ok(target, 'the diagnostic code links somewhere');
    assert.equal(target.scheme, vscode.env.uriScheme, 'the link uses this editor\'s own URI scheme (handled by the extension)');
    assert.equal(target.authority, EXTENSION_ID);
    const query = new URLSearchParams(target.query);
    assert.equal(query.get('id'), 'command-injection', 'the link opens the command-injection lesson');
    assert.equal(query.get('rule'), EXEC_RULE);

    // A CodeLens above the block sums up its findings.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 20);
    const lens = lenses.find((l) => /security finding/.test(l.command?.title ?? ''));
    assert.ok(lens, `a Security Coach CodeLens among ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.match(lens.command!.title, /^1 security finding in pasted block/);
    assert.equal(lens.range.start.line, doc.positionAt(JS_HEADER.length).line, 'above the pasted block');
  });

  test('following the lesson link opens the lesson view', async () => {
    const uri = await writeFile('paste/link.js', JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, EXEC_BLOCK);
    const [d] = await waitForDiagnostics(uri);
    const target = targetOf(d);
    assert.ok(target);
    // What a click on the code in Problems or the hover does: the opener routes the URI to the extension's handler.
    await vscode.commands.executeCommand('vscode.open', target);
    const tab = await waitFor(() => allTabs().find((t) => t.input instanceof vscode.TabInputWebview), 'a lesson webview tab');
    assert.match(tab.label, /command injection/i, `lesson tab "${tab.label}"`);
    assert.equal(api().lessonOnScreen(), 'command-injection');
  });

  test('fixing the pasted code clears its diagnostic', async () => {
    const uri = await writeFile('paste/fix.js', JS_HEADER);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, EXEC_BLOCK);
    await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    const fixedAt = Date.now();
    await editor.edit((edit) => edit.replace(rangeOfText(editor.document, EXEC_CALL), EXEC_FIXED_CALL));
    await waitForDiagnostics(uri, (all) => all.length === 0);
    measure('fix -> diagnostic cleared', Date.now() - fixedAt);
    await assertStaysSilent(uri, 1000, 'the fixed block');
  });

  test("a lesson is offered once: another of its rules firing for the first time gets only its diagnostic", async function () {
    this.timeout(120_000);
    // An unanswered offer holds back the next one for 30 s (an earlier test's may still): each write waits past it.
    await sleep(31_000);
    await vscode.commands.executeCommand('securityCoach.resetProgress');
    const offers = (from: number) => api().logLines().slice(from).filter((l) => /offering the command-injection lesson/.test(l));
    const logged = api().logLines().length;
    // Written on disk, as an agent writes files: scanned without the clipboard, and coached like a paste.
    const js = await writeFile('paste/offer-once.js', `${JS_HEADER}${EXEC_BLOCK}`);
    await waitForDiagnostics(js, (all) => all.some((d) => codeOf(d) === EXEC_RULE));
    await waitFor(() => offers(logged).length === 1, 'the command-injection lesson offered');
    // Past the hold, only the lesson having been offered keeps the next rule's offer back.
    await sleep(31_000);
    const convert = Array.from({ length: 8 }, (_, i) => `def convert_${i}(name):\n    os.system("convert " + name + " out_${i}.png")\n`).join('\n');
    const py = await writeFile('paste/offer-once.py', `import os\n\n${convert}`);
    await waitForDiagnostics(py, (all) => all.some((d) => codeOf(d) === 'py.os-system'));
    await api().whenIdle();
    assert.deepEqual(offers(logged).map((l) => /first (\S+) finding/.exec(l)?.[1]), [EXEC_RULE]);
  });

  test('the status bar says when nothing in a file was checked, rather than show it as clean', async () => {
    // The workspace's README: on disk before the tests began, so no write of it was scanned.
    await openEditor(vscode.Uri.joinPath(workspaceRoot(), 'README.md'));
    await waitFor(() => api().statusBar()?.tooltip.includes('Nothing checked in this file yet'), `the status bar to say nothing was checked, not ${JSON.stringify(api().statusBar())}`);
    assert.equal(api().statusBar()?.text, '$(shield) –');
    await vscode.commands.executeCommand('securityCoach.scanFile');
    await waitFor(() => api().statusBar()?.tooltip.includes('No security findings in this file'), 'the status bar to show the file checked and clean');
    assert.equal(api().statusBar()?.text, '$(shield)');
  });

  test('typing the same code character by character reports nothing', async () => {
    // Keep the typed text exactly as given: no auto-closing, auto-indent or accepted suggestions.
    const restore = await withSettings('editor', {
      autoClosingBrackets: 'never', autoClosingQuotes: 'never', autoClosingOvertype: 'never', autoSurround: 'never',
      autoIndent: 'none', formatOnType: false, quickSuggestions: false, suggestOnTriggerCharacters: false,
      acceptSuggestionOnEnter: 'off', wordBasedSuggestions: 'off',
    });
    try {
      const uri = await writeFile('paste/typed.js', JS_HEADER);
      const editor = await openEditor(uri);
      placeCursorAtEnd(editor);
      await typeText(editor, EXEC_BLOCK);
      assert.equal(editor.document.getText(), JS_HEADER + EXEC_BLOCK, 'the typed text is exactly the block');
      assert.equal(scan(editor.document.getText(), { languageId: 'javascript' }).length, 1, 'a whole-file scan would report it');
      await assertStaysSilent(uri, 2500, 'typed code is the developer\'s own');
      assert.equal(coachDiagnostics(uri).length, 0);
    } finally {
      await restore();
    }
  });
});

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

function fmt(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}
