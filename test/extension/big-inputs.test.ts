// Big inputs in the real editor: a 10 MB file and a 5 MB minified one-line file opened, and a 20,000-line paste.
// For each, the longest synchronous block of the extension host's event loop and the heap growth are measured
// and reported (printed, and written to test-results/big-inputs.json), never asserted. What is asserted is the
// behaviour: the work is skipped with a visible reason (test API, status bar, output channel) or done in chunks,
// the findings inside the big paste arrive as diagnostics, and what the extension tracks and caches stays capped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_RULES, DEFAULT_POLICY, scan, type Finding } from '../../src/engine';
import { CHUNK_CHARS, LineCounter, LINES_AFTER, LINES_BEFORE, scanInChunks, scanRange } from '../../src/extension/chunked-scan';
import {
  activate, api, bridge, codeOf, coachDiagnostics, describe, discardAll, extension, measure, openEditor, paste, placeCursorAtEnd,
  sleep, waitFor, waitForDiagnostics, withSettings, workspaceRoot,
} from './helpers';
import { formatReport, measureLoop, type LoopReport } from './loop-probe';
import { EXEC_BLOCK, EXEC_RULE, JS_HEADER } from './snippets';

/** Ordinary code with nothing to report, repeated to size. `n` keeps the copies apart. */
function filler(n: number): string {
  return `function formatRow${n}(row, columns) {
  const cells = [];
  for (const column of columns) {
    const value = row[column.key];
    cells.push(column.format ? column.format(value) : String(value ?? ''));
  }
  return cells.join(' | ');
}

export const totals${n} = (rows) => rows.reduce((sum, row) => sum + (row.amount || 0), 0);
`;
}

/** A shell command built from request data: one js.child-process-exec finding per copy. */
const RISKY_LINE = (n: number) => `  exec('tar czf /tmp/out${n}.tgz ' + req.query.dir${n}, done);\n`;

function bigFile(targetChars: number): string {
  const parts: string[] = ['// Generated report helpers.\n'];
  let size = parts[0].length;
  for (let n = 0; size < targetChars; n++) {
    const part = filler(n);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** One line of minified JavaScript, about `targetChars` long. */
function minifiedLine(targetChars: number): string {
  const unit = 'var a0=function(t,e){return t&&e?t.concat(e):t||e||[]},b0={x:1,y:[2,3],z:"q"};function c0(n){for(var i=0;i<n;i++)a0([i],[n]);return n}';
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < targetChars; n++) {
    const part = unit.replace(/0/g, String(n));
    parts.push(part);
    size += part.length;
  }
  return `${parts.join(';')}\n`;
}

/** 20,000 lines of ordinary code with three risky lines: near the start, in the middle and near the end. */
function bigPaste(lines: number): { text: string; riskyLines: number[] } {
  const out: string[] = [];
  const risky: number[] = [];
  const riskyAt = new Set([12, Math.floor(lines / 2), lines - 12]);
  for (let n = 0; out.length < lines; n++) {
    for (const line of filler(n).split('\n').slice(0, -1)) {
      if (out.length >= lines) break;
      if (riskyAt.has(out.length)) {
        risky.push(out.length);
        out.push(RISKY_LINE(n).slice(0, -1));
        continue;
      }
      out.push(line);
    }
  }
  return { text: `${out.join('\n')}\n`, riskyLines: risky };
}

/**
 * Puts a big text on the real clipboard the way a person would: select it all in another editor and press
 * Control+C. (The rig bridge cannot carry 700 kB through the console, and the web clipboard API keeps its own
 * copy that Control+V does not see.) The text is served by a content provider under its own scheme, so the copy
 * is not tagged as one of the user's own files: the paste counts as code from elsewhere.
 */
async function copyToClipboard(text: string): Promise<void> {
  const scheme = 'big-input-source';
  const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
  try {
    const source = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/copied.js' }));
    const editor = await vscode.window.showTextDocument(source, { preview: false, preserveFocus: false });
    const end = source.lineAt(source.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), end);
    await sleep(300);
    await bridge.press('Control+C');
    await sleep(1500); // (the web clipboard API cannot read the real clipboard back to check)
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  } finally {
    provider.dispose();
  }
}

/** Control+V at the editor's selection; resolves when the text is in the document. */
async function pasteCopied(editor: vscode.TextEditor, length: number): Promise<void> {
  const landed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === editor.document && e.contentChanges.some((c) => c.text.length >= length - 1)) {
        sub.dispose();
        resolve();
      }
    });
  });
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await bridge.press('Control+V');
  await Promise.race([landed, sleep(30_000).then(() => Promise.reject(new Error(`the paste never reached the document (${editor.document.getText().length} chars there)`)))]);
}

async function writeBig(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relPath);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  // Let the file watcher's create event pass (a closed file this big is never read) before measuring the open.
  await sleep(800);
  return uri;
}

suite('big inputs', () => {
  const reports: LoopReport[] = [];
  let restoreSettings: (() => Promise<void>) | undefined;

  suiteSetup(async () => {
    await activate();
    await api().whenIdle();
  });
  teardown(async () => {
    await restoreSettings?.();
    restoreSettings = undefined;
    await discardAll();
  });
  suiteTeardown(() => {
    fs.rmSync(vscode.Uri.joinPath(workspaceRoot(), 'big').fsPath, { recursive: true, force: true }); // later suites scan the workspace
    if (reports.length === 0) return;
    const out = path.join(process.env.RIG_SCREENSHOTS || path.join(extension().extensionPath, 'test-results'), 'big-inputs.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // The machine's load says how far the timings are from an idle machine's (2 cores, shared).
    const machine = { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10) };
    fs.writeFileSync(out, `${JSON.stringify({ vscode: vscode.version, at: new Date().toISOString(), machine, reports }, null, 2)}\n`);
    console.log(`big-input measurements written to ${out} (load average ${machine.loadAverage.join(', ')} on ${machine.cpus} cores)`);
  });

  /** Where a measured window's CPU profile goes (open it in Chrome DevTools, or read it with a script). */
  function profilePath(what: string): string {
    const dir = path.join(process.env.RIG_SCREENSHOTS || path.join(extension().extensionPath, 'test-results'), 'big-inputs');
    fs.mkdirSync(dir, { recursive: true });
    return path.join(dir, `${what.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.cpuprofile`);
  }

  function report(r: LoopReport): void {
    reports.push(r);
    console.log(`[big-input] ${formatReport(r)}`);
    measure(`${r.what}: longest event-loop block`, r.longestBlockMs);
    if (r.oursLongestSyncMs !== undefined) measure(`${r.what}: Security Coach's longest synchronous step`, r.oursLongestSyncMs);
    console.log(`[measure] ${r.what}: heap growth ${r.heapGrowthMB} MB after GC (peak +${r.heapPeakGrowthMB} MB)`);
  }

  /** Opens a big file with scope "file" (the extension looks at every opened file) and waits for its verdict. */
  async function openBig(what: string, relPath: string, text: string): Promise<{ uri: vscode.Uri; skipped: string }> {
    const uri = await writeBig(relPath, text);
    restoreSettings = await withSettings('securityCoach', { scope: 'file' });
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

  function assertVisibleReason(uri: vscode.Uri, reason: string): void {
    const shown = api().statusBar();
    assert.ok(shown, 'the status bar item is shown for the active editor');
    assert.equal(shown.text, '$(shield) skipped', `status bar text "${shown.text}"`);
    assert.ok(shown.tooltip.includes(`Not scanned: ${reason.replace(/^skipped: /, '')}`), `status bar tooltip says why: ${shown.tooltip}`);
    const rel = vscode.workspace.asRelativePath(uri, true);
    assert.ok(api().logLines().some((line) => line.includes(`${rel}: ${reason}`)), `the output channel says why (${rel}: ${reason})`);
  }

  test('a 10 MB file opens without scanning it: skipped as too large, and the user can see why', async () => {
    const text = bigFile(10 * 1024 * 1024);
    const { uri, skipped } = await openBig('10 MB file opened (scope "file")', 'big/report-helpers.js', text);
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
    const block = JS_HEADER + EXEC_BLOCK;
    const { result: ds, report: r } = await measureLoop('12-line paste into the open 10 MB file', async () => {
      await paste(editor, block);
      const found = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE), 30_000);
      await api().whenIdle();
      return found;
    }, profilePath('paste into the 10 MB file'));
    report(r);
    assert.equal(ds.length, 1, describe(ds));
    assert.match(ds[0].message, /\(in pasted block\)$/);
    assert.equal(ds[0].range.start.line, editor.document.lineCount - 1 - EXEC_BLOCK.split('\n').length + 4, 'on the exec() line of the pasted block');
  });

  test('a 5 MB minified one-line file opens without scanning it, with the reason shown', async () => {
    const text = minifiedLine(5 * 1024 * 1024);
    assert.equal(text.indexOf('\n'), text.length - 1, 'one line');
    const { uri, skipped } = await openBig('5 MB minified one-line file opened (scope "file")', 'big/vendor.js', text);
    assert.match(skipped, /^skipped: 5\.\d MB is over the 2\.0 MB limit \(maxFileBytes\)$/);
    assertVisibleReason(uri, skipped);
    assert.equal(coachDiagnostics(uri).length, 0);
  });

  test('a 20,000-line paste is scanned in chunks and its findings arrive', async function () {
    if (!bridge.available) this.skip(); // a real Control+C / Control+V through the rig
    const { text, riskyLines } = bigPaste(20_000);
    const uri = await writeBig('big/pasted.js', JS_HEADER);
    await copyToClipboard(text);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    const headerLines = JS_HEADER.split('\n').length - 1;
    const expected = scan(JS_HEADER + text, { languageId: 'javascript' }, DEFAULT_POLICY);
    assert.deepEqual(expected.map((f) => `${f.ruleId}@${f.range.start.line}`), riskyLines.map((line) => `${EXEC_RULE}@${line + headerLines}`),
      'the engine sees exactly the three risky lines in the pasted text');
    api().scans(); // nothing lazy left to build inside the measured window

    const { result: ds, report: r } = await measureLoop('20,000-line paste (real clipboard, Control+V)', async () => {
      await pasteCopied(editor, text.length);
      const found = await waitForDiagnostics(uri, (all) => all.length >= riskyLines.length, 30_000);
      await api().whenIdle();
      return found;
    }, profilePath('20,000-line paste'));
    report(r);

    assert.equal(editor.document.lineCount, headerLines + 20_000 + 1, 'all 20,000 lines were pasted');
    assert.equal(ds.length, riskyLines.length, describe(ds));
    ds.forEach((d, i) => {
      assert.equal(codeOf(d), EXEC_RULE);
      assert.equal(d.range.start.line, riskyLines[i] + headerLines, `finding ${i + 1} on its risky line`);
      assert.match(d.message, /\(in pasted block\)$/, `classified as a paste; log: ${JSON.stringify(api().logLines().filter((l) => /pasted\.js/.test(l)).slice(-6))}`);
    });
    const record = api().scans().filter((s) => s.uri.endsWith('big/pasted.js') && s.origin === 'paste').at(-1);
    assert.ok(record, `a paste scan was recorded; insertions: ${JSON.stringify(api().insertions().slice(-3))}`);
    assert.equal(record.skipped, undefined);
    assert.ok(record.chars >= text.length - 1, `the whole block was scanned (${record.chars} of ${text.length} chars)`);
    assert.ok((record.chunks ?? 0) > 1, `the scan was split into chunks with the host free in between (chunks: ${record.chunks})`);
    console.log(`[big-input] the paste's scan: ${record.chunks} chunks, longest ${record.longestChunkMs} ms, ${record.durationMs} ms in all, diagnostics ${record.latencyMs} ms after the insertion`);
    measure('20,000-line paste: longest engine chunk (as the extension records it)', record.longestChunkMs ?? 0);
    assert.equal(api().tracked(uri).blocks, 1, 'one tracked block for the paste');
  });

  test('a minified line is pasted and scanned; a 1 MB one is skipped with the reason shown', async () => {
    // 60 kB of minified code on one line: one engine call, scanned like any paste.
    const small = minifiedLine(60_000).replace('return n}', "return n};eval(location.hash.slice(1))");
    const smallUri = await writeBig('big/pasted-minified-small.js', '');
    const smallEditor = await openEditor(smallUri);
    if (bridge.available) await paste(smallEditor, small);
    else await smallEditor.edit((e) => e.insert(new vscode.Position(0, 0), small));
    const ds = await waitForDiagnostics(smallUri, (all) => all.some((d) => codeOf(d) === 'js.eval-call'), 30_000);
    assert.equal(ds.length, 1, describe(ds));

    // 1 MB on one line: chunks end at line breaks, so it would be one long synchronous step. Inserted with
    // TextEditor.edit, the path a paste the provider does not see takes (a real Control+C of a 1 MB line did not
    // reach the browser's clipboard here).
    const line = minifiedLine(1024 * 1024).replace('return n}', "return n};eval(location.hash.slice(1))");
    const uri = await writeBig('big/pasted-minified.js', '');
    const editor = await openEditor(uri);
    const { report: r } = await measureLoop('1 MB minified one-line insertion (TextEditor.edit)', async () => {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), line));
      await waitFor(() => api().tracked(uri).skipped, 'a skip reason for the 1 MB line', 60_000);
      await api().whenIdle();
    }, profilePath('1 MB minified one-line insertion'));
    report(r);
    const skipped = api().tracked(uri).skipped!;
    assert.match(skipped, /^skipped: minified \(a line of 1056 kB, too long to scan without holding up the editor\)$/);
    const status = api().statusBar();
    assert.ok(status?.tooltip.includes(`Not scanned: ${skipped.replace(/^skipped: /, '')}`), `the status bar says why: ${status?.tooltip}`);
    assert.ok(api().logLines().some((l) => l.includes(`big/pasted-minified.js: inserted block ${skipped}`)), 'the output channel says why');
    assert.equal(coachDiagnostics(uri).length, 0);
  });

  test('a chunk scanned from its neighbourhood gives what a range scan of the whole text gives', async () => {
    // The extension hands the engine only a chunk's neighbourhood, not the whole text (the engine indexes all the
    // lines it is given). For every chunk of a text made of every bad example of a language's rules (some under
    // suppressions), the findings, lines and columns must be those of the engine's own range scan of the whole text.
    const key = (f: Finding) => `${f.ruleId}@${f.range.start.offset}-${f.range.end.offset} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.snippet}${f.fix ? ` fix@${f.fix.range.start.offset}` : ''}`;
    for (const languageId of ['javascript', 'python', 'java']) {
      const comment = languageId === 'python' ? '#' : '//';
      const parts: string[] = [];
      let size = 0;
      for (let n = 0; size < 60_000;) {
        for (const rule of BUILTIN_RULES.filter((r) => r.languages.includes(languageId) || r.languages.includes('*'))) {
          for (const example of rule.examples.bad) {
            const suppressed = n % 3 === 0 ? `${comment} security-coach-ignore ${rule.id} -- test fixture\n` : '';
            const part = `${comment} step ${n}\nvalue${n} = compute(${n})\n${suppressed}${example}\n`;
            n++;
            parts.push(part);
            size += part.length;
          }
        }
      }
      const text = parts.join('');
      const lines = new LineCounter(text);
      let compared = 0;
      for (let start = 0; start < text.length;) {
        const cut = text.indexOf('\n', Math.min(text.length, start + 3000));
        const end = cut < 0 ? text.length : cut + 1;
        const windowed = scanRange(text, languageId, undefined, start, end, DEFAULT_POLICY, undefined, undefined, lines).map(key);
        const whole = scan(text, { languageId, range: { start, end: end - 1 } }, DEFAULT_POLICY).map(key);
        assert.deepEqual(windowed, whole, `${languageId}: the chunk at ${start}-${end}`);
        compared += whole.length;
        start = end;
      }
      assert.ok(compared > 200, `${languageId}: ${compared} findings compared`);
      // A block in the middle of a document, handed over as its neighbourhood only (as for an open document).
      const all = text.split('\n');
      const offsetOfLine = (line: number) => all.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
      const [first, last] = [Math.floor(all.length / 3), Math.floor(all.length / 3) + 300];
      const from = first - LINES_BEFORE;
      const base = { offset: offsetOfLine(from), line: from };
      const window = text.slice(base.offset, offsetOfLine(last + LINES_AFTER + 1));
      const span = { start: offsetOfLine(first) - base.offset, end: offsetOfLine(last) - base.offset };
      const windowed = (await scanInChunks(window, languageId, undefined, span, DEFAULT_POLICY, undefined, undefined, base)) as Finding[];
      const expected = scan(text, { languageId, range: { start: span.start + base.offset, end: span.end + base.offset - 1 } }, DEFAULT_POLICY);
      assert.ok(expected.length > 20, `${languageId}: the block has findings to compare`);
      assert.ok(span.end - span.start <= CHUNK_CHARS, 'the block is one engine call');
      assert.deepEqual(windowed.map(key), expected.map(key), `${languageId}: a block scanned from its neighbourhood`);
    }
  });

  test('tracked blocks, documents and the scan history stay capped', async () => {
    const slots = 60;
    const block = (n: number) => Array.from({ length: 8 }, (_, i) => `const cell${n}_${i} = formatCell(row, ${i});`).join('\n') + '\n';
    // An untitled document: a file created on disk would itself count as one block written by another program.
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: Array.from({ length: slots }, (_, i) => `// slot ${i}\n\n`).join('') });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const uri = doc.uri;
    // 60 separate large insertions (each one edit, one change), bottom slot first so earlier slots keep their lines.
    for (let i = slots - 1; i >= 0; i--) {
      await editor.edit((e) => e.insert(new vscode.Position(i * 2, 0), block(i)));
    }
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    await waitFor(() => api().insertions().filter((r) => r.uri.endsWith(name) && r.scanned).length >= Math.min(slots, 100) || undefined,
      `${slots} inserted blocks`, 20_000).catch(() => undefined);
    await api().whenIdle();
    const stats = api().stats();
    console.log(`[big-input] caps: ${JSON.stringify(stats)}`);
    assert.equal(api().tracked(uri).blocks, stats.limits.blocksPerDocument,
      `blocks tracked in the document are capped at ${stats.limits.blocksPerDocument}; insertions: ${JSON.stringify(api().insertions().slice(-5))}`);
    assert.ok(stats.mostBlocksInADocument <= stats.limits.blocksPerDocument);
    assert.ok(stats.documents <= stats.limits.documents);
    assert.ok(stats.history <= stats.limits.history, `scan history ${stats.history} <= ${stats.limits.history}`);
    assert.ok(stats.closedTextChars <= stats.limits.closedTextChars, `closed documents' texts kept: ${stats.closedTextChars} chars`);
    assert.ok(api().insertions().length <= 100, 'insertion records are capped');
    assert.ok(api().logLines().length <= 500, 'recent log lines are capped');
  });
});
