// Secrets never leak in the editor: a file full of real-format fake secrets (the secret rules' own bad examples),
// scanned whole and pasted as a block, is reported, yet no secret value (nor any 12-character piece of one
// beyond the few leading characters the mask keeps) appears in a diagnostic, a hover, a CodeLens, the output
// channel, the status bar, or what the workbench shows in its notifications and Problems panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { builtinRule, DEFAULT_POLICY, scan } from '../../src/engine';
import { secretExamples } from '../secret-examples';
import {
  activate, api, bridge, coachDiagnostics, resetAfterTest, openEditor, paste, sleep, waitForDiagnostics, writeFile,
} from './helpers';

interface SecretValue {
  ruleId: string;
  value: string;
}

/** One value per rule and bad example (the first a pattern captures) long enough to look for, and those examples. */
function secretExamplesToShow(): { examples: string[]; values: SecretValue[] } {
  const firstPerExample = new Map<string, SecretValue & { example: string }>();
  for (const { ruleId, example, value } of secretExamples()) {
    const key = `${ruleId}\u0000${example}`;
    if (value.length >= 8 && !firstPerExample.has(key)) firstPerExample.set(key, { ruleId, example, value });
  }
  const chosen = [...firstPerExample.values()];
  return { examples: [...new Set(chosen.map(({ example }) => example))], values: chosen.map(({ ruleId, value }) => ({ ruleId, value })) };
}

/**
 * What must never be shown: the value after its first 4 characters (a mask keeps at most an 8-character public
 * prefix, so never 12 characters of the rest), and
 * every 12-character piece of that (a shortened snippet could cut a value anywhere) except pieces with spaces
 * in them: those come from the fixed words some values include (`-----BEGIN PRIVATE KEY-----`), which the
 * lessons and titles use too.
 */
function forbiddenPieces(values: readonly SecretValue[]): { ruleId: string; piece: string }[] {
  const pieces = new Map<string, string>();
  for (const { ruleId, value } of values) {
    const hidden = value.slice(4);
    if (hidden.length < 6) continue;
    pieces.set(hidden, ruleId);
    for (let i = 0; i + 12 <= hidden.length; i++) {
      const piece = hidden.slice(i, i + 12);
      if (!/\s/.test(piece)) pieces.set(piece, ruleId);
    }
  }
  return [...pieces].map(([piece, ruleId]) => ({ ruleId, piece }));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

suite('secrets never leak in the editor', () => {
  const { examples, values } = secretExamplesToShow();
  const text = `${examples.join('\n\n')}\n`;
  const pieces = forbiddenPieces(values);
  // The file is plain text: the values of the rules that run on any file are the ones it must report.
  const plainTextValues = values.filter(({ ruleId }) => builtinRule(ruleId)!.languages.includes('*'));
  // (A finding may cover only the start of a long value: a private key block's first lines.)
  const unreported = (findings: readonly { secret?: boolean; range: { start: { offset: number }; end: { offset: number } } }[], of: string) =>
    plainTextValues.filter(({ value }) => {
      const at = of.indexOf(value);
      return !findings.some((f) => f.secret && f.range.start.offset < at + value.length && at < f.range.end.offset);
    });

  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(resetAfterTest);

  /** Fails with the rule ids (never the values) of any piece of a secret found in `where`. */
  function assertNoSecret(where: string, shown: string): void {
    const leaked = pieces.filter(({ piece }) => shown.includes(piece));
    const context = leaked.slice(0, 3).map(({ piece }) => {
      const at = shown.indexOf(piece);
      return `…${shown.slice(Math.max(0, at - 60), at)}[piece of ${piece.length} chars]…`;
    });
    assert.deepEqual([...new Set(leaked.map(({ ruleId }) => ruleId))], [], `secret values of these rules appear in ${where}: ${context.join(' | ')}`);
  }

  test('the test file holds real-format secrets the engine reports', () => {
    assert.ok(values.length >= 40, `${values.length} secret values from the rules' bad examples`);
    const findings = scan(text, { languageId: 'plaintext', path: '/x/credentials.txt' }, DEFAULT_POLICY);
    assert.deepEqual(unreported(findings, text).map(({ ruleId }) => ruleId), [], `rules whose values (of ${plainTextValues.length}) go unreported`);
    // The test's own check works: a real value is caught by it (a long one: short values have no piece to look for).
    const probe = values.find(({ value }) => value.length >= 20);
    assert.ok(probe, 'a secret value of 20 characters or more');
    assert.throws(() => assertNoSecret('a probe', `token ${probe.value} here`));
  });

  test('scanned whole (Scan Current File): no secret in diagnostics, hovers, status bar or the output channel', async () => {
    const uri = await writeFile('secrets/credentials.txt', text);
    const editor = await openEditor(uri);
    const result = await vscode.commands.executeCommand<{ findings: number; skipped?: string }>('securityCoach.scanFile');
    assert.ok(result && !result.skipped, `scanned (${JSON.stringify(result)})`);
    const expected = scan(editor.document.getText(), { languageId: editor.document.languageId, path: uri.fsPath }, DEFAULT_POLICY);
    const ds = await waitForDiagnostics(uri, (all) => all.length >= expected.length);
    assert.equal(ds.length, expected.length, 'every finding of the engine is a diagnostic');
    assert.deepEqual(unreported(expected, editor.document.getText()).map(({ ruleId }) => ruleId), [], 'the file holds secrets the engine reports');

    assertNoSecret('diagnostics', ds.map((d) => `${d.message}\n${JSON.stringify(d.code)}\n${d.source}\n${JSON.stringify(d.relatedInformation ?? [])}`).join('\n'));
    const hovers: string[] = [];
    for (const d of ds) {
      const at = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start);
      const shown = hoverText(at);
      assert.match(shown, /Why it fired/, `a Security Coach hover at ${d.range.start.line + 1}:${d.range.start.character + 1}`);
      assert.match(shown, /value masked/, 'the hover says the value is masked');
      hovers.push(shown);
    }
    assertNoSecret('hovers', hovers.join('\n'));
    const status = api().statusBar();
    assert.ok(status);
    assertNoSecret('the status bar', `${status.text}\n${status.tooltip}`);
    assertNoSecret('the output channel', api().logLines().join('\n'));
  });

  test('pasted as a block: no secret in diagnostics, hovers, the CodeLens, the output channel or the workbench', async () => {
    const uri = await writeFile('secrets/pasted.txt', '');
    const editor = await openEditor(uri);
    await paste(editor, text).catch((error: Error) => {
      const got = editor.document.getText();
      let i = 0;
      while (i < got.length && got[i] === text[i]) i++;
      throw new Error(`${error.message}: the document has ${got.length} of ${text.length} chars, the same up to ${i}`);
    });
    const expected = scan(text, { languageId: editor.document.languageId, path: uri.fsPath }, DEFAULT_POLICY);
    const ds = await waitForDiagnostics(uri, (all) => all.length >= expected.length);
    assert.equal(ds.length, expected.length);
    assert.ok(ds.every((d) => d.message.endsWith('(in pasted block)')), 'reported as a pasted block');
    assertNoSecret('diagnostics', ds.map((d) => `${d.message}\n${JSON.stringify(d.code)}`).join('\n'));

    const hovers: string[] = [];
    for (const d of ds) hovers.push(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start)));
    assert.ok(hovers.every((h) => /value masked/.test(h)));
    assertNoSecret('hovers', hovers.join('\n'));

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const titles = lenses.map((l) => `${l.command?.title ?? ''}\n${l.command?.tooltip ?? ''}`);
    assert.ok(titles.some((t) => /security findings? in pasted block/.test(t)), `a block CodeLens among ${JSON.stringify(titles)}`);
    assertNoSecret('CodeLens titles', titles.join('\n'));
    assertNoSecret('the output channel', api().logLines().join('\n'));
    const status = api().statusBar();
    assertNoSecret('the status bar', `${status?.text}\n${status?.tooltip}`);

    // What a person sees: the notifications (first-time lesson offers) and the Problems panel's rows.
    if (bridge.available) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      let problems = '';
      for (const until = Date.now() + 10_000; Date.now() < until && !/Security Coach/.test(problems);) {
        await sleep(300);
        problems = await bridge.text('.markers-panel .monaco-list-row');
      }
      assert.match(problems, /Security Coach/, 'the Problems panel lists the findings');
      const shown = [problems, await bridge.text('.notifications-toasts'), await bridge.text('.notifications-center')].join('\n');
      assertNoSecret('the workbench (notifications, Problems panel)', shown);
    }
    assert.equal(coachDiagnostics(uri).length, expected.length);
  });
});
