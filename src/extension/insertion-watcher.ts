// Catches code entering the editor and tells the scan service where it is, following the measured classifier
// in insertion-signals.md: a paste (seen by the paste provider, which only records and never edits), an inline
// suggestion accepted with Tab (our keybinding wraps the built-in accept), a file written on disk by another
// program, an edit to a document nobody is looking at, or any other single large insertion ("inserted block").
// Undo/redo, typing and formatting never start a scan.
import * as vscode from 'vscode';
import { languageForPath, type Policy } from '../engine';
import { describeError, describeUri, type Log } from './output';
import type { Origin } from './origins';
import type { PolicyWatcher } from './policy-watcher';
import { documentLength, openDocument, SCANNABLE_SCHEMES, type ScanService } from './scan-service';
import { changedSpan, insertedSpan, lineCount, type Span } from './tracked-blocks';

/** Set on copies made in this window's editors, so a paste of one's own code is told apart from outside text. */
export const COPY_MIME = 'application/vnd.security-coach.copy';
/** VS Code adds this to copies from any VS Code editor. */
const EDITOR_DATA_MIME = 'vscode-editor-data';
const PASTE_MATCH_MS = 2000;
/** A big paste takes longer to reach the document (the editor applies it, then sends it over): 1 s more per 50 kB. */
const PASTE_MATCH_MS_PER_CHAR = 1 / 50;
const PASTE_MATCH_MAX_MS = 30_000;
const TAB_MATCH_MS = 2000;
const DISK_EVENT_MATCH_MS = 1500;
const CLOSED_WRITE_DELAY_MS = 300;
/** Writes this soon after git touched its own folder are a checkout, pull or stash: not coached. */
const GIT_QUIET_MS = 3000;
const GIT_FOLDER = /(?:^|\/)\.git\//;
/** More closed files than this written within BULK_WINDOW_MS is a checkout, build or install: not coached. */
const BULK_FILES = 40;
const BULK_WINDOW_MS = 3000;
const MAX_REMEMBERED_TEXTS = 200;
const MAX_REMEMBERED_CHARS = 512_000;
/** Clipboards larger than this are matched against a multi-cursor paste only if they arrive whole. */
const MAX_MULTI_CURSOR_CLIP = 100_000;
/** Unattributed events with more changes than this are formatting, renames or multi-cursor typing. */
const MAX_UNATTRIBUTED_CHANGES = 3;
const SKIPPED_FOLDERS = /(?:^|\/)(?:\.git|node_modules|\.hg|\.svn|dist|out|build|target|coverage|\.next|\.nuxt|__pycache__|\.venv|venv|\.tox|\.gradle|\.idea|\.vscode-test|bower_components)\//;

export type InsertionKind = Origin | 'own-copy' | 'history' | 'below-threshold' | 'bulk-write';

/** One classified insertion; kept (last 100) for the log and the real-editor tests. */
export interface InsertionRecord {
  uri: string;
  kind: InsertionKind;
  chars: number;
  lines: number;
  /** Whether a block was tracked and scanned for it. */
  scanned: boolean;
  /** `Date.now()` when it was seen. */
  at: number;
  /** For pastes: where the clipboard text came from. */
  source?: PasteSource;
}

type PasteSource = 'outside' | 'other-editor' | 'this-editor';

interface PasteRecord {
  uri: string;
  text: string;
  source: PasteSource;
  at: number;
}

export class InsertionWatcher implements vscode.Disposable {
  private pastes: PasteRecord[] = [];
  private tabAccept: { uri: string; version: number; at: number } | undefined;
  private readonly diskEvents = new Map<string, number>();
  private readonly closedTexts = new Map<string, string>();
  private readonly closedTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private closedWrites: number[] = [];
  private bulkLoggedAt = 0;
  private gitActivityAt = 0;
  private readonly records: InsertionRecord[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly scans: ScanService,
    private readonly policies: PolicyWatcher,
    private readonly log: Log,
  ) {
    const selector = [...SCANNABLE_SCHEMES].map((scheme) => ({ scheme }));
    this.disposables.push(
      vscode.languages.registerDocumentPasteEditProvider(selector, this.pasteProvider(), {
        providedPasteEditKinds: [vscode.DocumentDropOrPasteEditKind.Text.append('securityCoach')],
        copyMimeTypes: [COPY_MIME],
        // The copy mime only comes back on paste when it is listed here too.
        pasteMimeTypes: ['text/plain', COPY_MIME],
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, false, true);
    this.disposables.push(watcher, watcher.onDidCreate((uri) => this.onDiskWrite(uri, true)), watcher.onDidChange((uri) => this.onDiskWrite(uri, false)));
  }

  /** The Tab keybinding's command: accepts the visible inline suggestion and marks the change it makes. */
  async acceptInlineSuggestion(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.tabAccept = { uri: editor.document.uri.toString(), version: editor.document.version, at: Date.now() };
    try {
      await vscode.commands.executeCommand('editor.action.inlineSuggest.commit');
    } finally {
      // The change event arrives before the command returns; a late one still matches within TAB_MATCH_MS.
      const pending = this.tabAccept;
      setTimeout(() => {
        if (this.tabAccept === pending) this.tabAccept = undefined;
      }, TAB_MATCH_MS);
    }
  }

  /** Remembers a file's text when its document closes, to tell later what an outside write added. */
  rememberClosed(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'file' || document.isDirty) return;
    // Too big to remember: forget it without joining its text (which alone holds the host on a file of many MB).
    if (documentLength(document) > MAX_REMEMBERED_CHARS) this.closedTexts.delete(document.uri.toString());
    else this.remember(document.uri.toString(), document.getText());
  }

  /** Classified insertions, oldest first. */
  insertions(): readonly InsertionRecord[] {
    return this.records;
  }

  private pasteProvider(): vscode.DocumentPasteEditProvider {
    return {
      prepareDocumentPaste: (_document, _ranges, dataTransfer) => {
        dataTransfer.set(COPY_MIME, new vscode.DataTransferItem('1'));
      },
      // Records the paste and returns no edit, so the normal paste goes on untouched. Must stay fast.
      provideDocumentPasteEdits: async (document, _ranges, dataTransfer) => {
        const text = await dataTransfer.get('text/plain')?.asString();
        if (text === undefined || text.length === 0) return undefined;
        const source: PasteSource = dataTransfer.get(COPY_MIME) ? 'this-editor' : dataTransfer.get(EDITOR_DATA_MIME) ? 'other-editor' : 'outside';
        const now = Date.now();
        this.pastes = this.pastes.filter((p) => pasteStillPending(p, now));
        this.pastes.push({ uri: document.uri.toString(), text, source, at: now });
        this.log.debug(`${describeUri(document.uri)}: paste of ${text.length} chars on its way (${source})`);
        return undefined;
      },
    };
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0 || !SCANNABLE_SCHEMES.has(document.uri.scheme)) return;
    // Move tracked blocks first: the offsets of a new block are in the text after this edit. Switching the line
    // breaks replaces the whole text, but inserts nothing.
    if (this.scans.handleChange(event)) return;
    const now = Date.now();
    const key = document.uri.toString();
    const changes = event.contentChanges;
    if (event.reason === vscode.TextDocumentChangeReason.Undo || event.reason === vscode.TextDocumentChangeReason.Redo) {
      const chars = changes.reduce((n, c) => n + c.text.length, 0);
      if (chars >= 50) this.note({ uri: describeUri(document.uri), kind: 'history', chars, lines: lineCount(changes.map((c) => c.text).join('')), scanned: false, at: now });
      return;
    }
    const paste = this.takePaste(key, changes, now);
    if (paste) {
      if (paste.source === 'this-editor') {
        this.note({ uri: describeUri(document.uri), kind: 'own-copy', ...size(changes), scanned: false, at: now, source: paste.source });
        return;
      }
      this.track(document, changes, 'paste', false, now, paste.source);
      return;
    }
    if (this.tabAccept?.uri === key && now - this.tabAccept.at < TAB_MATCH_MS && document.version > this.tabAccept.version) {
      this.tabAccept = undefined;
      this.track(document, changes, 'assistant', false, now);
      return;
    }
    const diskAt = this.diskEvents.get(key);
    if (diskAt !== undefined && now - diskAt < DISK_EVENT_MATCH_MS) {
      // A reload from disk leaves the document clean; check on the next tick (isDirty lags inside the event).
      const version = document.version;
      const copied = changes.map((c) => ({ ...c }));
      setTimeout(() => {
        if (document.isClosed || document.version !== version) return;
        if (!document.isDirty) {
          this.diskEvents.delete(key);
          this.track(document, copied, 'external', true, now);
        } else this.classifyUnattributed(document, copied, now);
      }, 0);
      return;
    }
    this.classifyUnattributed(document, changes, now);
  }

  private classifyUnattributed(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[], now: number): void {
    const visible = vscode.window.visibleTextEditors.some((editor) => editor.document === document);
    if (!visible) {
      this.track(document, changes, 'background', true, now);
      return;
    }
    if (changes.length > MAX_UNATTRIBUTED_CHANGES) return;
    this.track(document, changes, 'inserted', true, now);
  }

  /**
   * Tracks the non-blank inserted texts of an edit as blocks. With `threshold`, only insertions at least as
   * big as the policy's `insertion.minLines` / `minChars` count: per change for unattributed ones, and over
   * the whole edit for writes from disk and background edits (they arrive as several hunks).
   */
  private track(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[], origin: Origin, threshold: boolean, now: number, source?: PasteSource): void {
    const inserted = changes.filter((c) => /\S/.test(c.text));
    if (inserted.length === 0) return;
    const policy = this.policies.policyFor(document.uri);
    if (this.scans.isIgnored(document.uri, policy)) return;
    const total = size(inserted);
    let chosen = inserted;
    if (threshold) {
      chosen = origin === 'inserted' ? inserted.filter((c) => isLarge(c.text.length, lineCount(c.text), policy)) : isLarge(total.chars, total.lines, policy) ? inserted : [];
    }
    if (chosen.length === 0) {
      if (total.chars >= 40) this.note({ uri: describeUri(document.uri), kind: 'below-threshold', ...total, scanned: false, at: now });
      return;
    }
    for (const change of chosen) {
      // Offsets after the edit: the change's own offset, moved by the changes before it in the same edit.
      const shift = changes.filter((c) => c.rangeOffset < change.rangeOffset).reduce((n, c) => n + c.text.length - c.rangeLength, 0);
      const span = insertedSpanIn(document, change.rangeOffset + shift, change.text);
      this.scans.addInsertion(document, origin, span, now);
    }
    const chosenSize = size(chosen);
    this.note({ uri: describeUri(document.uri), kind: origin, ...chosenSize, scanned: true, at: now, source });
    this.log.info(`${describeUri(document.uri)}: ${origin}${source ? ` (${source})` : ''} of ${chosenSize.lines} line(s), ${chosenSize.chars} chars: scanning`);
  }

  private takePaste(key: string, changes: readonly vscode.TextDocumentContentChangeEvent[], now: number): PasteRecord | undefined {
    this.pastes = this.pastes.filter((p) => pasteStillPending(p, now));
    if (!this.pastes.some((p) => p.uri === key)) return undefined;
    const index = this.pastes.findIndex((p) => p.uri === key && pasteMatches(p.text, changes));
    if (index < 0) return undefined;
    const paste = this.pastes.splice(index, 1)[0];
    this.log.debug(`${describeUri(vscode.Uri.parse(key))}: paste arrived ${now - paste.at} ms after the paste provider saw it`);
    return paste;
  }

  private onDiskWrite(uri: vscode.Uri, created: boolean): void {
    if (uri.scheme !== 'file') return;
    const now = Date.now();
    if (GIT_FOLDER.test(uri.path)) this.gitActivityAt = now;
    if (SKIPPED_FOLDERS.test(uri.path)) return;
    const key = uri.toString();
    this.diskEvents.set(key, now);
    if (this.diskEvents.size > 1000) {
      for (const [k, at] of this.diskEvents) if (now - at > DISK_EVENT_MATCH_MS) this.diskEvents.delete(k);
    }
    if (openDocument(uri)) return; // an open document reports the change itself (or keeps its dirty buffer)
    this.closedWrites = this.closedWrites.filter((at) => now - at < BULK_WINDOW_MS);
    this.closedWrites.push(now);
    if (this.closedWrites.length > BULK_FILES) {
      for (const timer of this.closedTimers.values()) clearTimeout(timer);
      this.closedTimers.clear();
      this.closedTexts.delete(key);
      if (now - this.bulkLoggedAt > BULK_WINDOW_MS) {
        this.bulkLoggedAt = now;
        this.log.info(`many files written at once (a checkout, build or install?): not coached`);
        this.note({ uri: describeUri(uri), kind: 'bulk-write', chars: 0, lines: 0, scanned: false, at: now });
      }
      return;
    }
    clearTimeout(this.closedTimers.get(key));
    this.closedTimers.set(key, setTimeout(() => {
      this.closedTimers.delete(key);
      this.onClosedWrite(uri, created, now).catch((error) => this.log.error(`reading ${describeUri(uri)} after it was written`, error));
    }, CLOSED_WRITE_DELAY_MS));
  }

  /** A closed file was created or rewritten by another program: scan what it added. */
  private async onClosedWrite(uri: vscode.Uri, created: boolean, at: number): Promise<void> {
    if (openDocument(uri) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    const policy = this.policies.policyFor(uri);
    if (this.scans.isIgnored(uri, policy)) return;
    const stat = await vscode.workspace.fs.stat(uri);
    if (created && stat.type === vscode.FileType.Directory) {
      await this.onFolderCreated(uri, at);
      return;
    }
    if (stat.type !== vscode.FileType.File || stat.size > policy.maxFileBytes) return;
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      this.log.debug(`${describeUri(uri)}: not UTF-8 text (${describeError(error)})`);
      return;
    }
    const key = uri.toString();
    const before = created ? undefined : this.closedTexts.get(key);
    this.remember(key, text);
    if (Date.now() - this.gitActivityAt < GIT_QUIET_MS) {
      this.log.debug(`${describeUri(uri)}: written during a git operation: not coached`);
      this.scans.handleClosedWrite(uri, undefined, { uri, text, languageId: languageForPath(uri.fsPath) }, undefined);
      return;
    }
    const changed: Span | undefined = before === undefined ? { start: 0, end: text.length } : changedSpan(before, text);
    const target = { uri, text, languageId: languageForPath(uri.fsPath) };
    this.scans.handleClosedWrite(uri, before, target, changed);
    if (!changed) return;
    const added = text.slice(changed.start, changed.end);
    const lines = lineCount(added);
    if (!/\S/.test(added) || !isLarge(added.length, lines, policy)) {
      if (added.length >= 40) this.note({ uri: describeUri(uri), kind: 'below-threshold', chars: added.length, lines, scanned: false, at });
      return;
    }
    this.scans.addInsertion(target, 'external', insertedSpan(text, changed.start, added.length), at);
    this.note({ uri: describeUri(uri), kind: 'external', chars: added.length, lines, scanned: true, at });
    this.log.info(`${describeUri(uri)}: ${created ? 'created' : 'rewritten'} on disk by another program (${lines} line(s) ${before === undefined && !created ? 'with no earlier copy to compare, so all of it' : 'added'}): scanning`);
  }

  /** A new folder can arrive as one event with its files already in it (an agent scaffolding): scan those files. */
  private async onFolderCreated(folder: vscode.Uri, at: number): Promise<void> {
    const files: vscode.Uri[] = [];
    const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
        if (files.length > BULK_FILES) return;
        const child = vscode.Uri.joinPath(dir, name);
        if (type === vscode.FileType.Directory) {
          if (depth < 4 && !SKIPPED_FOLDERS.test(`${child.path}/`)) await walk(child, depth + 1);
        } else if (type === vscode.FileType.File && !SKIPPED_FOLDERS.test(child.path)) {
          files.push(child);
        }
      }
    };
    await walk(folder, 0);
    if (files.length > BULK_FILES) {
      this.log.info(`${describeUri(folder)}: a new folder with over ${BULK_FILES} files (a clone, unpack or install?): not coached`);
      this.note({ uri: describeUri(folder), kind: 'bulk-write', chars: 0, lines: 0, scanned: false, at });
      return;
    }
    for (const file of files) await this.onClosedWrite(file, true, at);
  }

  private remember(key: string, text: string): void {
    this.closedTexts.delete(key);
    if (text.length > MAX_REMEMBERED_CHARS) return;
    this.closedTexts.set(key, text);
    if (this.closedTexts.size > MAX_REMEMBERED_TEXTS) this.closedTexts.delete(this.closedTexts.keys().next().value as string);
  }

  private note(record: InsertionRecord): void {
    this.records.push(record);
    if (this.records.length > 100) this.records.shift();
  }

  dispose(): void {
    for (const timer of this.closedTimers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * `insertedSpan` on an open document, from its line index instead of its text: getText() would join the whole
 * document, which for a file of several MB holds the host longer than the scan itself.
 */
function insertedSpanIn(document: vscode.TextDocument, offset: number, inserted: string): Span {
  const start = document.offsetAt(new vscode.Position(document.positionAt(offset).line, 0));
  let end = offset + inserted.length;
  if (inserted.length === 0 || !inserted.endsWith('\n')) end = document.offsetAt(document.lineAt(document.positionAt(end).line).range.end);
  return { start, end: Math.max(end, start) };
}

function pasteStillPending(paste: PasteRecord, now: number): boolean {
  return now - paste.at < Math.min(PASTE_MATCH_MAX_MS, PASTE_MATCH_MS + paste.text.length * PASTE_MATCH_MS_PER_CHAR);
}

function isLarge(chars: number, lines: number, policy: Policy): boolean {
  return lines >= policy.insertion.minLines || chars >= policy.insertion.minChars;
}

function size(changes: readonly { text: string }[]): { chars: number; lines: number } {
  return { chars: changes.reduce((n, c) => n + c.text.length, 0), lines: changes.reduce((n, c) => n + lineCount(c.text), 0) };
}

/**
 * True when an edit is the paste of `clip`: the same text, or the same apart from whitespace (auto-indent,
 * line endings), or split between the cursors of a multi-cursor paste. Linear time, no copies of big texts.
 */
export function pasteMatches(clip: string, changes: readonly { text: string }[]): boolean {
  const texts = changes.map((c) => c.text).filter((text) => /\S/.test(text));
  if (texts.length === 0) return false;
  if (texts.length === 1) return texts[0] === clip || sameIgnoringSpace(texts[0], clip);
  if (clip.length > MAX_MULTI_CURSOR_CLIP) return false;
  const stripped = stripSpace(clip);
  const pieces = texts.map(stripSpace);
  return pieces.every((piece) => stripped.includes(piece)) && pieces.reduce((n, piece) => n + piece.length, 0) >= stripped.length * 0.9;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff;
}

/** Compares two texts skipping whitespace in both, without building stripped copies. */
function sameIgnoringSpace(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
