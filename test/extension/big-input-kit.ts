// Shared by the big-input suites (big-files, big-pastes): the inputs, the real clipboard route for texts too big
// for the rig bridge, and the report: each measurement is printed and merged into test-results/big-inputs.json,
// with a CPU profile of the measured window under test-results/big-inputs/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { api, bridge, extension, measure, pressPaste, sleep, workspaceRoot } from './helpers';
import { formatReport, type LoopReport } from './loop-probe';

/** A shell command built from request data: one py.subprocess-shell-true finding per copy. */
export const RISKY_LINE = (n: number) => `    subprocess.call("tar czf /tmp/out${n}.tgz " + request.args["dir"], shell=True)`;

/** Ordinary Python with nothing to report, repeated to size. */
export function pythonFiller(n: number): string {
  return `def format_row_${n}(row, columns):
    cells = []
    for column in columns:
        value = row.get(column["key"])
        cells.append(column["format"](value) if column.get("format") else str(value or ""))
    return " | ".join(cells)


def total_${n}(rows):
    return sum(row.get("amount", 0) for row in rows)


`;
}

/**
 * A Python module of about `targetChars`. (Python rather than JavaScript: the built-in TypeScript support parses
 * every JavaScript file opened, and its work on a 10 MB file would weigh on the suites that run after this one.)
 */
export function bigFile(targetChars: number): string {
  const parts: string[] = ['# Generated report helpers.\n\n'];
  let size = parts[0].length;
  for (let n = 0; size < targetChars; n++) {
    const part = pythonFiller(n);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** One line of minified JavaScript, about `targetChars` long. */
export function minifiedLine(targetChars: number): string {
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

/**
 * 20,000 lines of ordinary Python with three risky lines: near the start, in the middle and near the end.
 * (Python: no language server of the editor's own parses it meanwhile.)
 */
export function bigPaste(lines: number): { text: string; riskyLines: number[] } {
  const out: string[] = [];
  const risky: number[] = [];
  const riskyAt = new Set([12, Math.floor(lines / 2), lines - 12]);
  for (let n = 0; out.length < lines; n++) {
    for (const line of pythonFiller(n).split('\n').slice(0, -1)) {
      if (out.length >= lines) break;
      if (riskyAt.has(out.length)) {
        risky.push(out.length);
        out.push(RISKY_LINE(n));
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
export async function copyToClipboard(text: string): Promise<void> {
  const scheme = 'big-input-source';
  const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
  try {
    const source = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/copied.py' }));
    const editor = await vscode.window.showTextDocument(source, { preview: false, preserveFocus: false });
    // Control+C goes to whatever has the keyboard focus: wait until it is this editor, showing this text.
    const head = text.slice(0, Math.min(30, text.indexOf('\n') < 0 ? 30 : text.indexOf('\n')));
    let focused = '';
    for (const until = Date.now() + 10_000; Date.now() < until;) {
      focused = (await bridge.text('.monaco-editor.focused .view-lines')).replace(/\u00a0/g, ' ');
      if (focused.includes(head)) break;
      await vscode.window.showTextDocument(source, { preview: false, preserveFocus: false });
      await sleep(250);
    }
    assert.ok(focused.includes(head), `the source editor has the keyboard focus (focused editor shows: ${JSON.stringify(focused.slice(0, 80))})`);
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
export async function pasteCopied(editor: vscode.TextEditor, length: number): Promise<void> {
  const landed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === editor.document && e.contentChanges.some((c) => c.text.length >= length - 1)) {
        sub.dispose();
        resolve();
      }
    });
  });
  await pressPaste(editor, landed);
  await Promise.race([landed, sleep(30_000).then(() => Promise.reject(new Error(`the paste never reached the document (${editor.document.getText().length} chars there)`)))]);
}

export async function writeBig(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relPath);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  // Let the file watcher's create event pass (a closed file this big is never read) before measuring the open.
  await sleep(800);
  return uri;
}

/** This rig run (its private result file), so the suites of one run add to one report and a new run starts afresh. */
const RUN = process.env.RIG_RESULT_FILE ?? `pid ${process.pid}`;

function resultsDir(): string {
  return process.env.RIG_SCREENSHOTS || path.join(extension().extensionPath, 'test-results');
}

/** Where a measured window's CPU profile goes (open it in Chrome DevTools, or read it with a script). */
export function profilePath(what: string): string {
  const dir = path.join(resultsDir(), 'big-inputs');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${what.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.cpuprofile`);
}

/** Prints a measurement and merges it into test-results/big-inputs.json (this run's measurements only). */
export function report(r: LoopReport): void {
  console.log(`[big-input] ${formatReport(r)}`);
  measure(`${r.what}: longest event-loop block`, r.longestBlockMs);
  if (r.oursLongestSyncMs !== undefined) measure(`${r.what}: Security Coach's longest synchronous step`, r.oursLongestSyncMs);
  console.log(`[measure] ${r.what}: heap growth ${r.heapGrowthMB} MB after GC (peak +${r.heapPeakGrowthMB} MB)`);
  const out = path.join(resultsDir(), 'big-inputs.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  let reports: LoopReport[];
  try {
    const old = JSON.parse(fs.readFileSync(out, 'utf8')) as { run?: string; reports: LoopReport[] };
    reports = old.run === RUN ? old.reports.filter((o) => o.what !== r.what) : [];
  } catch {
    reports = [];
  }
  // The machine's load says how far the timings are from an idle machine's (2 cores, shared).
  const machine = { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10) };
  reports.push({ ...r, machine } as LoopReport);
  fs.writeFileSync(out, `${JSON.stringify({ run: RUN, vscode: vscode.version, at: new Date().toISOString(), reports }, null, 2)}\n`);
}

/** The reason is visible: the status bar item (text and tooltip) and the output channel. */
export function assertVisibleReason(uri: vscode.Uri, reason: string): void {
  const shown = api().statusBar();
  assert.ok(shown, 'the status bar item is shown for the active editor');
  assert.equal(shown.text, '$(shield) skipped', `status bar text "${shown.text}"`);
  assert.ok(shown.tooltip.includes(`Not scanned: ${reason.replace(/^skipped: /, '')}`), `status bar tooltip says why: ${shown.tooltip}`);
  const rel = vscode.workspace.asRelativePath(uri, true);
  assert.ok(api().logLines().some((line) => line.includes(`${rel}: ${reason}`)), `the output channel says why (${rel}: ${reason})`);
}

/** Removes the big files (later suites scan the workspace). */
export function removeBigFiles(): void {
  fs.rmSync(vscode.Uri.joinPath(workspaceRoot(), 'big').fsPath, { recursive: true, force: true });
}
