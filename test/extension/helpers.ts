// Shared helpers for the real-editor suites: the extension handle, waiting on diagnostics, workspace files,
// and the rig bridge that lets a test ask the driver for real keyboard and clipboard input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SecurityCoachApi } from '../../src/extension/extension';

export type { SecurityCoachApi };
export const EXTENSION_ID = 'security-coach.security-coach';
export const SOURCE = 'Security Coach';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Prints a measurement; the rig driver collects these lines into its closing summary. Never asserted. */
export function measure(what: string, ms: number): void {
  console.log(`[measure] ${what}: ${Math.round(ms)} ms`);
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this editor`);
  return ext;
}

/** Activates the extension (if the editor has not yet) and returns its exported API. */
export async function activate(): Promise<SecurityCoachApi> {
  const ext = extension() as vscode.Extension<SecurityCoachApi>;
  return ext.isActive ? ext.exports : await ext.activate();
}

/** The extension's read-only test window (insertions seen, scans run); for failure messages and timings. */
export function api(): SecurityCoachApi {
  return (extension() as vscode.Extension<SecurityCoachApi>).exports;
}

/** The last few classified insertions, for failure messages. */
export function recentInsertions(n = 5): string {
  return JSON.stringify(api().insertions().slice(-n).map(({ uri, kind, chars, lines, scanned }) => ({ uri, kind, chars, lines, scanned })));
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the rig opens a workspace folder');
  return folder.uri;
}

/** Diagnostics from Security Coach (any of its collections) on a document. */
export function coachDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => (d.source ?? '').startsWith(SOURCE));
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function targetOf(d: vscode.Diagnostic): vscode.Uri | undefined {
  return typeof d.code === 'object' ? d.code.target : undefined;
}

/** Resolves with the first truthy value of `probe`, checked on every diagnostics change and every 50 ms. */
export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const first = probe();
  if (first) return first;
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value) finish(() => resolve(value));
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setInterval(check, 50);
    const timeout = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    function finish(settle: () => void) {
      listener.dispose();
      clearInterval(timer);
      clearTimeout(timeout);
      settle();
    }
  });
}

/** Waits until Security Coach reports diagnostics on `uri` that satisfy `accept` (default: any). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = coachDiagnostics(uri);
    return accept(ds) ? ds : undefined;
  }, `Security Coach diagnostics on ${path.basename(uri.path)} (now: ${describe(coachDiagnostics(uri))})`, timeoutMs);
}

/** Asserts that Security Coach stays silent on `uri` for `quietMs` (longer than its rescan debounce). */
export async function assertStaysSilent(uri: vscode.Uri, quietMs = 2500, why = ''): Promise<void> {
  const until = Date.now() + quietMs;
  while (Date.now() < until) {
    const ds = coachDiagnostics(uri);
    assert.equal(ds.length, 0, `expected no Security Coach diagnostics${why ? ` (${why})` : ''}, got ${describe(ds)}`);
    await sleep(100);
  }
}

export function describe(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return 'none';
  return ds.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} "${d.message}"`).join('; ');
}

/** Creates (or overwrites) a file under the workspace folder and returns its URI. */
export async function writeFile(relPath: string, content: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relPath);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
  return uri;
}

/** Opens a file in a pinned editor with focus, so keyboard input from the rig lands in it. */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Settings changed by the running test, restored by resetAfterTest (most recent first). */
const settingsToRestore: (() => Promise<void>)[] = [];

/**
 * The teardown of every suite: restores the settings the test changed with withSettings, then reverts and closes
 * every editor, so neither settings nor dirty test buffers carry over into the next test.
 */
export async function resetAfterTest(): Promise<void> {
  // Each restore takes itself off the list (popping it first made it find itself gone, and restore nothing).
  while (settingsToRestore.length > 0) await settingsToRestore[settingsToRestore.length - 1]();
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await closeAllEditors();
}

export function placeCursorAtEnd(editor: vscode.TextEditor): void {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
}

/**
 * Sets user settings for the running test. resetAfterTest restores the previous values; the returned function
 * restores them sooner, when a test needs that.
 */
export async function withSettings(section: string, values: Record<string, unknown>): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = Object.keys(values).map((key) => [key, config.inspect(key)?.globalValue] as const);
  for (const [key, value] of Object.entries(values)) await config.update(key, value, vscode.ConfigurationTarget.Global);
  const restore = async () => {
    const pending = settingsToRestore.indexOf(restore);
    if (pending < 0) return;
    settingsToRestore.splice(pending, 1);
    for (const [key, value] of before) await config.update(key, value, vscode.ConfigurationTarget.Global);
  };
  settingsToRestore.push(restore);
  return restore;
}

// --- the rig bridge -------------------------------------------------------------------------------------------
// The rig driver watches the extension host's console for `[rig-bridge] {json}` lines, performs the request in
// the browser (a real key press, the real clipboard, real typing) and writes `ack-<id>.json` to RIG_BRIDGE_DIR.

let bridgeSeq = 0;

export const bridge = {
  available: Boolean(process.env.RIG_BRIDGE_DIR),
  async request(op: string, args: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<unknown> {
    const dir = process.env.RIG_BRIDGE_DIR;
    assert.ok(dir, 'the rig bridge is only available under the code-server rig');
    const id = `${process.pid}-${++bridgeSeq}`;
    console.log(`[rig-bridge] ${JSON.stringify({ id, op, ...args })}`);
    const ack = path.join(dir, `ack-${id}.json`);
    const until = Date.now() + timeoutMs;
    while (!fs.existsSync(ack)) {
      if (Date.now() > until) throw new Error(`rig bridge: no answer to ${op} after ${timeoutMs} ms`);
      await sleep(20);
    }
    const answer = JSON.parse(fs.readFileSync(ack, 'utf8')) as { ok: boolean; error?: string; value?: unknown };
    if (!answer.ok) throw new Error(`rig bridge: ${op} failed: ${answer.error}`);
    return answer.value;
  },
  /** Presses a key chord in the browser, e.g. `Control+V`, `Tab`, `Enter`. */
  press(keys: string): Promise<unknown> {
    return this.request('press', { keys });
  },
  /** Types text with real key events (one per character). */
  type(text: string, delayMs = 0): Promise<unknown> {
    return this.request('type', { text, delayMs }, 60_000);
  },
  /** Puts text on the browser's real clipboard (navigator.clipboard). */
  clipboard(text: string): Promise<unknown> {
    return this.request('clipboard', { text });
  },
  /** The visible text of the workbench elements matching a CSS selector (what a person sees there). */
  async text(selector: string): Promise<string> {
    return String(await this.request('text', { selector }));
  },
  /** Saves a PNG of the workbench under test-results/. */
  screenshot(name: string): Promise<unknown> {
    return this.request('screenshot', { name });
  },
};

/**
 * Pastes `text` at the editor's selection the way a person does: the real clipboard and Control+V through the
 * rig (the path that runs paste providers); outside the rig, the clipboard API and the paste command.
 * Resolves when the text has landed, with the times the key was pressed and the text landed (`Date.now()`).
 */
export async function paste(editor: vscode.TextEditor, text: string): Promise<{ pressed: number; landed: number }> {
  const landed = new Promise<number>((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === editor.document && e.contentChanges.some((c) => c.text === text || c.text.replace(/\r\n/g, '\n') === text)) {
        sub.dispose();
        resolve(Date.now());
      }
    });
  });
  let pressed: number;
  if (bridge.available) {
    await bridge.clipboard(text);
    pressed = await pressPaste(editor, landed);
  } else {
    await vscode.env.clipboard.writeText(text);
    pressed = Date.now();
    await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
  }
  // Generous: the browser workbench takes seconds to apply an edit to a 10 MB document on a busy machine.
  const at = await Promise.race([landed, sleep(30_000).then(() => Promise.reject(new Error('the paste never reached the document')))]);
  return { pressed, landed: at };
}

/**
 * Control+V in `editor` through the rig; returns when the key was (last) pressed. A key pressed while the workbench
 * is still moving the focus to the editor goes nowhere (seen once on a loaded machine): when nothing at all has
 * reached the document 10 s later, the editor is focused again and the key pressed again. (A paste merely slow to
 * apply has changed the document by then, so it is never pasted twice.)
 */
export async function pressPaste(editor: vscode.TextEditor, landed: Promise<unknown>): Promise<number> {
  const press = async () => {
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    const pressed = Date.now();
    await bridge.press('Control+V');
    return pressed;
  };
  const version = editor.document.version;
  const pressed = await press();
  const arrived = await Promise.race([landed.then(() => true), sleep(10_000).then(() => false)]);
  return arrived || editor.document.version !== version ? pressed : press();
}

/**
 * Types `text` one character at a time: real key events through the rig, otherwise the editor's `type`
 * command (the path key presses take). Resolves once the whole text is in the document.
 */
export async function typeText(editor: vscode.TextEditor, text: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  if (bridge.available) {
    const before = editor.document.getText();
    await bridge.type(text);
    await waitFor(() => editor.document.getText().length >= before.length + text.length, 'the typed text to land', 60_000).catch(() => undefined);
    return;
  }
  for (const ch of text) {
    await vscode.commands.executeCommand('type', { text: ch });
  }
}

/** Offset range → editor range in `doc`. */
export function rangeOfText(doc: vscode.TextDocument, needle: string, from = 0): vscode.Range {
  const at = doc.getText().indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found in ${path.basename(doc.uri.path)}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}
