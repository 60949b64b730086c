// Runs the engine on what entered the editor and keeps the results in step with the text: inserted blocks
// move with edits and are rescanned (debounced) as they change; whole-file results come from scope "file",
// Scan Current File and Scan Workspace. Big texts are scanned in chunks between which the host stays free.
import * as vscode from 'vscode';
import { BUILTIN_RULES, isIgnoredByPolicy, isTestCode, rulesIgnoredAt, skipReason, type FileTarget, type Finding, type Policy, type SkipReason } from '../engine';
import { LINES_AFTER, LINES_BEFORE, scanInChunks, unsplittable, warmUp, type ChunkStats, type TextBase } from './chunked-scan';
import type { DiagnosticsPublisher, LocatedFinding } from './diagnostics';
import { describeUri, type Log } from './output';
import type { Origin } from './origins';
import { positionFinder, type PolicyWatcher } from './policy-watcher';
import { lineBreakSwitch, offsetAcrossLineBreakSwitch, shiftSpan, spansMeet, type OffsetChange, type Span } from './tracked-blocks';

/** A block of text that entered a document as one insertion, tracked as the user edits. */
export interface Block extends Span {
  id: number;
  origin: Origin;
  /** `Date.now()` when the insertion was seen. */
  insertedAt: number;
  findings: LocatedFinding[];
  scanned: boolean;
  dirty: boolean;
  skip?: SkipReason;
  /**
   * Why findings that vanish on the next scan were not fixed: the last edit inside the block was an undo or redo, or
   * the policy changed (a rule turned off is no fix).
   */
  notFixedBecause?: 'undo' | 'policy';
}

/** What the last scan did; exposed to the real-editor tests and written to the log. */
export interface ScanRecord {
  uri: string;
  origin: Origin;
  trigger: ScanTrigger;
  chars: number;
  findings: number;
  durationMs: number;
  /** Time from the insertion being seen to its diagnostics being published. */
  latencyMs?: number;
  skipped?: string;
  /** Synchronous engine calls the scan took (big texts are scanned in chunks with the host free in between). */
  chunks?: number;
  /** The longest of those calls, in ms, and the CPU time it took (the two differ when the machine is busy). */
  longestChunkMs?: number;
  longestChunkCpuMs?: number;
}

/** Counts of what the scan service holds, against its caps (for the real-editor tests). */
export interface ScanServiceStats {
  documents: number;
  /** Characters of closed documents' texts kept to place their findings. */
  closedTextChars: number;
  blocks: number;
  mostBlocksInADocument: number;
  findings: number;
  history: number;
  limits: { documents: number; blocksPerDocument: number; history: number; closedTextChars: number };
}

export type ScanTrigger = 'insertion' | 'edit' | 'open' | 'save' | 'command' | 'workspace' | 'policy';

export interface ScanUpdate {
  uri: vscode.Uri;
  /** Findings new in this scan (first scan of a block, or more of a rule than before). */
  found: LocatedFinding[];
  /** Findings that went away because the text changed (not by undo, deletion of the block or a suppression). */
  fixed: LocatedFinding[];
}

/** Text of a document that may not be open: a file written on disk. */
export interface ClosedText {
  uri: vscode.Uri;
  text: string;
  languageId: string;
  /** When the text was read from an open document: its version then. */
  version?: number;
}

interface DocState {
  uri: vscode.Uri;
  blocks: Block[];
  fileFindings: LocatedFinding[];
  fileScanned: boolean;
  fileSkip?: SkipReason;
  /** The text offsets refer to while the document is not open. */
  snapshot?: { text: string; languageId: string };
  published: LocatedFinding[];
  timer?: ReturnType<typeof setTimeout>;
  /** Rule ids whose findings are about to disappear because a suppression comment is being inserted. */
  suppressing: Set<string>;
  touchedAt: number;
}

export const SCANNABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-notebook-cell']);
const MAX_BLOCKS_PER_DOCUMENT = 50;
const MAX_DOCUMENTS = 500;
const MAX_HISTORY = 100;
const INSERTION_DELAY_MS = 20;
/** Keywords whose rules are run together in one warm-up step. */
const WARM_UP_KEYWORDS_PER_STEP = 12;
/** Closed documents' texts kept to place their findings, in characters over all documents; the oldest go first. */
const MAX_SNAPSHOT_CHARS = 32_000_000;
const EDIT_DELAY_MS = 350;
/** How long an untitled or unsaved document may stay closed and still be the same document (a language change). */
const REOPEN_GRACE_MS = 1000;
const ORIGIN_RANK: Record<Origin, number> = { inserted: 0, file: 0, background: 1, external: 2, assistant: 3, paste: 3 };

export class ScanService implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly updated = new vscode.EventEmitter<ScanUpdate>();
  private readonly published = new vscode.EventEmitter<vscode.Uri>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly warmed = new WeakMap<Policy, Set<string>>();
  /** Each open document's line break as of its last change, to tell a switch of them from a paste of a whole text. */
  private readonly lineBreaks = new WeakMap<vscode.TextDocument, vscode.EndOfLine>();
  private warmQueue: Promise<void> = Promise.resolve();
  private running = 0;
  /** Bumped by each policy change: a scan begun under an older policy is stale, and its results are not shown. */
  private policyGeneration = 0;
  private nextBlockId = 1;
  private disposed = false;
  private readonly history: ScanRecord[] = [];
  /** After each scan: what was found and fixed (for coaching). */
  readonly onDidUpdate = this.updated.event;
  /** After a document's diagnostics changed in any way (for CodeLens and status bar). */
  readonly onDidPublish = this.published.event;

  constructor(
    private readonly policies: PolicyWatcher,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly log: Log,
  ) {}

  /** Starts tracking an inserted block and schedules its scan. `span` is in offsets of the current text. */
  addInsertion(target: vscode.TextDocument | ClosedText, origin: Origin, span: Span, insertedAt: number): Block | undefined {
    const uri = target.uri;
    if (!SCANNABLE_SCHEMES.has(uri.scheme)) return undefined;
    const state = this.stateOf(uri);
    if (!isOpenDocument(target)) {
      state.snapshot = { text: target.text, languageId: target.languageId };
      this.trimSnapshots(state);
    }
    let block: Block = { id: this.nextBlockId++, origin, start: span.start, end: span.end, insertedAt, findings: [], scanned: false, dirty: true };
    // An insertion next to or over a tracked block joins it, keeping the more telling origin.
    for (const other of state.blocks.filter((b) => spansMeet(b, block, true))) {
      block = {
        ...block,
        start: Math.min(block.start, other.start),
        end: Math.max(block.end, other.end),
        origin: ORIGIN_RANK[other.origin] > ORIGIN_RANK[origin] ? other.origin : origin,
        findings: [...other.findings],
        scanned: other.scanned,
      };
      state.blocks.splice(state.blocks.indexOf(other), 1);
    }
    state.blocks.push(block);
    while (state.blocks.length > MAX_BLOCKS_PER_DOCUMENT) {
      const oldest = state.blocks.shift();
      if (oldest) this.log.debug(`${describeUri(uri)}: over ${MAX_BLOCKS_PER_DOCUMENT} tracked blocks; the oldest is no longer tracked`);
    }
    this.schedule(state, INSERTION_DELAY_MS);
    return block;
  }

  /**
   * Moves blocks and findings with an edit of an open document; touched blocks are rescanned soon. True when the
   * edit only switched the document's line breaks, which inserts nothing.
   */
  handleChange(event: vscode.TextDocumentChangeEvent): boolean {
    const { document } = event;
    // A switch changes the document's line break; a paste of a whole text cannot, whatever its length.
    const lineBreakBefore = this.lineBreaks.get(document);
    this.lineBreaks.set(document, document.eol);
    const switched = lineBreakBefore !== document.eol ? lineBreakSwitchOf(event) : undefined;
    const state = this.states.get(document.uri.toString());
    if (!state || event.contentChanges.length === 0) return switched !== undefined;
    if (switched) {
      this.moveAcrossLineBreakSwitch(state, document, switched);
      return true;
    }
    const changes = offsetChanges(event);
    const undo = event.reason !== undefined;
    // A suppression comment on its way lands on the line above its finding, which may be just outside the block (a
    // finding on the block's first line): the blocks are rescanned all the same.
    const suppressing = state.suppressing.size > 0;
    let dirty = false;
    state.blocks = state.blocks.filter((block) => {
      const moved = shiftSpan(block, changes);
      if (!moved) return false;
      block.start = moved.span.start;
      block.end = moved.span.end;
      block.findings = shiftFindings(block.findings, changes, false);
      if (moved.touched || suppressing) {
        block.dirty = true;
        block.notFixedBecause = undo ? 'undo' : undefined;
        dirty = true;
      }
      return true;
    });
    state.fileFindings = shiftFindings(state.fileFindings, changes, true);
    state.touchedAt = Date.now();
    this.publish(state, document);
    if (dirty) this.schedule(state, EDIT_DELAY_MS);
    // A suppression written for a whole-file finding: the file's scan is what can see it take effect.
    if (suppressing && state.fileScanned && state.fileFindings.some((f) => state.suppressing.has(f.finding.ruleId))) void this.scanDocument(document, 'edit');
    return false;
  }

  /** The document's line breaks were switched (LF to CR LF or back): what is tracked keeps its lines and columns. */
  private moveAcrossLineBreakSwitch(state: DocState, document: vscode.TextDocument, delta: 1 | -1): void {
    const move = (offset: number) => offsetAcrossLineBreakSwitch(offset, delta, (line) => document.offsetAt(new vscode.Position(line, 0)), document.lineCount);
    const moveFindings = (findings: LocatedFinding[]) => findings.map((f) => ({ ...f, start: move(f.start), end: move(f.end) }));
    for (const block of state.blocks) {
      Object.assign(block, { start: move(block.start), end: move(block.end), findings: moveFindings(block.findings) });
    }
    state.fileFindings = moveFindings(state.fileFindings);
    this.publish(state, document);
  }

  /** A closed file was rewritten on disk: moves what is tracked in it through the change, or forgets it. */
  handleClosedWrite(uri: vscode.Uri, before: string | undefined, after: ClosedText, changed: Span | undefined): void {
    const state = this.states.get(uri.toString());
    // A write that changed nothing (a save of the same text) leaves what is tracked as it is.
    if (!state || (before !== undefined && before === after.text)) return;
    if (!state.snapshot || before === undefined || before !== state.snapshot.text || !changed) {
      this.forget(uri);
      return;
    }
    const change: OffsetChange = { rangeOffset: changed.start, rangeLength: before.length - after.text.length + (changed.end - changed.start), textLength: changed.end - changed.start };
    state.snapshot = { text: after.text, languageId: after.languageId };
    state.blocks = state.blocks.filter((block) => {
      const moved = shiftSpan(block, [change]);
      if (!moved) return false;
      Object.assign(block, moved.span, { findings: shiftFindings(block.findings, [change], false), dirty: block.dirty || moved.touched });
      return true;
    });
    state.fileFindings = shiftFindings(state.fileFindings, [change], true);
    this.publish(state, undefined);
    if (state.blocks.some((b) => b.dirty)) this.schedule(state, INSERTION_DELAY_MS);
  }

  /** Scans a whole open document now (scope "file", Scan Current File). */
  async scanDocument(document: vscode.TextDocument, trigger: ScanTrigger): Promise<{ findings: number; skip?: SkipReason }> {
    if (!SCANNABLE_SCHEMES.has(document.uri.scheme)) return { findings: 0 };
    const state = this.stateOf(document.uri);
    this.running++;
    try {
      return await this.scanWhole(state, document, trigger);
    } finally {
      this.running--;
      this.notifyIdle();
    }
  }

  /** Stores the result of a whole-file scan made elsewhere (Scan Workspace reads closed files itself). */
  setFileResult(target: ClosedText, findings: Finding[], skip: SkipReason | undefined): void {
    const open = openDocument(target.uri);
    if (open && !sameText(open, target)) return; // edited since: the open document wins
    if (findings.length === 0 && !skip && !this.states.has(target.uri.toString())) return;
    const state = this.stateOf(target.uri);
    if (!open) {
      state.snapshot = { text: target.text, languageId: target.languageId };
      this.trimSnapshots(state);
    }
    this.applyFileResult(state, findings, skip);
    this.publish(state, open);
  }

  /** A document was opened: tracked offsets stay valid only if its text is what they refer to. */
  documentOpened(document: vscode.TextDocument): void {
    this.lineBreaks.set(document, document.eol);
    if (this.adoptSavedUntitled(document)) return;
    const state = this.states.get(document.uri.toString());
    if (!state?.snapshot) return;
    const same = holdsText(document, state.snapshot.text);
    state.snapshot = undefined;
    if (!same) {
      this.forget(document.uri);
      return;
    }
    for (const block of state.blocks) block.dirty = true; // the language may have changed
    this.publish(state, document);
    if (state.blocks.length > 0) this.schedule(state, INSERTION_DELAY_MS);
  }

  /**
   * A document was closed: its results stay, against its text. A language change closes and reopens a document
   * with the same text, so an untitled or unsaved one is forgotten only if it does not come back at once.
   */
  documentClosed(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    if (!state) return;
    clearTimeout(state.timer);
    state.timer = undefined;
    if (state.blocks.length === 0 && state.published.length === 0 && state.fileFindings.length === 0) {
      // Nothing to show or follow in it (a clean or skipped file): keeping its text would only hold memory.
      this.states.delete(document.uri.toString());
      this.notifyIdle();
      return;
    }
    const text = document.getText();
    if (document.uri.scheme === 'untitled') {
      // Save As: the file it was saved as may have opened first.
      const saved = vscode.workspace.textDocuments.find((other) => !other.isClosed && other.uri.scheme !== 'untitled' && this.mayAdopt(state, other) && holdsText(other, text));
      if (saved) {
        this.adopt(state, saved);
        return;
      }
    }
    state.snapshot = { text, languageId: document.languageId };
    this.trimSnapshots(state);
    if (document.uri.scheme === 'untitled' || document.isDirty) {
      setTimeout(() => {
        if (this.states.get(document.uri.toString()) === state && state.snapshot && !openDocument(document.uri)) this.forget(document.uri);
      }, REOPEN_GRACE_MS);
    } else if (document.uri.scheme === 'file') {
      // A file deleted while an editor still held it: its findings stayed for the editor, and go with it.
      vscode.workspace.fs.stat(document.uri).then(undefined, () => {
        if (this.states.get(document.uri.toString()) === state && !openDocument(document.uri)) this.forget(document.uri);
      });
    }
    this.notifyIdle();
  }

  /** The policy changed: rescan everything tracked under it. */
  rescanAll(): void {
    this.policyGeneration++;
    for (const state of this.states.values()) {
      for (const block of state.blocks) {
        block.dirty = true;
        block.notFixedBecause = 'policy';
      }
      if (state.fileScanned) {
        const document = openDocument(state.uri);
        if (document) void this.scanDocument(document, 'policy');
        else void this.rescanSnapshot(state);
      }
      this.schedule(state, INSERTION_DELAY_MS);
    }
  }

  /** Files or folders were deleted: what was tracked in them goes, unless an editor still holds the text. */
  filesDeleted(uris: readonly vscode.Uri[]): void {
    for (const state of [...this.states.values()]) {
      if (uris.some((deleted) => isSameOrInside(deleted, state.uri)) && !openDocument(state.uri)) this.forget(state.uri);
    }
  }

  /** Files or folders were renamed or moved in the editor: what was tracked in them follows them to their new names. */
  filesRenamed(renames: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): void {
    for (const state of [...this.states.values()]) {
      const rename = renames.find((r) => isSameOrInside(r.oldUri, state.uri));
      if (!rename) continue;
      const oldUri = state.uri;
      const newUri = rename.newUri.with({ path: rename.newUri.path + oldUri.path.slice(rename.oldUri.path.length) });
      this.forget(newUri); // what was tracked for a file the rename replaced
      this.moveState(state, newUri);
      const document = openDocument(newUri);
      // Reopened under its new name: documentOpened checks that the text is still the one the offsets refer to.
      if (document && state.snapshot) this.documentOpened(document);
      else this.publish(state, document ?? openDocument(oldUri));
    }
  }

  /**
   * Save As of an untitled document: what was found in it moves to the file it was saved as (opened with the same
   * text), which would otherwise show nothing until edited.
   */
  private adoptSavedUntitled(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'untitled' || this.states.has(document.uri.toString())) return false;
    for (const state of this.states.values()) {
      if (state.uri.scheme !== 'untitled' || !this.mayAdopt(state, document)) continue;
      const untitled = openDocument(state.uri);
      // Lengths first: an untitled document of another length is not read whole on every open.
      const same = untitled && !untitled.isClosed
        ? documentLength(untitled) === documentLength(document) && holdsText(document, untitled.getText())
        : state.snapshot !== undefined && holdsText(document, state.snapshot.text);
      if (same) {
        this.adopt(state, document);
        return true;
      }
    }
    return false;
  }

  /** Whether `document` may take over `state`: it has nothing tracked of its own, and the state has findings to give. */
  private mayAdopt(state: DocState, document: vscode.TextDocument): boolean {
    return !this.states.has(document.uri.toString()) && state.blocks.length + state.fileFindings.length > 0;
  }

  /** The untitled document's state, taken over by the file it was saved as. */
  private adopt(state: DocState, document: vscode.TextDocument): void {
    this.log.info(`${describeUri(state.uri)} saved as ${describeUri(document.uri)}: its findings moved with it`);
    this.moveState(state, document.uri);
    state.snapshot = undefined;
    this.publish(state, document);
    // Saved under a name, the text may have a language now (untitled text saved as app.py): its blocks are rescanned.
    for (const block of state.blocks) block.dirty = true;
    if (state.blocks.length > 0) this.schedule(state, INSERTION_DELAY_MS);
    this.notifyIdle();
  }

  /** A document's state, moved to another URI (a rename, a Save As): the old URI's diagnostics go. */
  private moveState(state: DocState, newUri: vscode.Uri): void {
    const oldUri = state.uri;
    this.states.delete(oldUri.toString());
    this.diagnostics.delete(oldUri);
    this.published.fire(oldUri);
    state.uri = newUri;
    this.states.set(newUri.toString(), state);
  }

  /** Forgets a document's blocks and findings. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) clearTimeout(state.timer);
    this.states.delete(key);
    this.diagnostics.delete(uri);
    this.published.fire(uri);
    this.notifyIdle();
  }

  /** The next disappearance of this rule's findings in the document is a suppression, not a fix. */
  expectSuppression(uri: vscode.Uri, ruleId: string): void {
    this.states.get(uri.toString())?.suppressing.add(ruleId);
  }

  findings(uri: vscode.Uri): readonly LocatedFinding[] {
    return this.states.get(uri.toString())?.published ?? [];
  }

  /** Findings whose range meets `range` in an open document. */
  findingsAt(document: vscode.TextDocument, range: vscode.Range): LocatedFinding[] {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    return this.findings(document.uri).filter((f) => f.start <= end && start <= f.end);
  }

  blocks(uri: vscode.Uri): readonly Block[] {
    return this.states.get(uri.toString())?.blocks ?? [];
  }

  block(uri: vscode.Uri, id: number): Block | undefined {
    return this.blocks(uri).find((b) => b.id === id);
  }

  /** Whether any of the document's text was scanned: the whole of it, or an inserted block. */
  wasScanned(uri: vscode.Uri): boolean {
    const state = this.states.get(uri.toString());
    return state !== undefined && (state.fileScanned || state.blocks.some((block) => block.scanned));
  }

  /** Why the document's text, or its latest block, was not scanned. */
  skipOf(uri: vscode.Uri): SkipReason | undefined {
    const state = this.states.get(uri.toString());
    return state?.fileSkip ?? state?.blocks.findLast((b) => b.skip)?.skip;
  }

  /** True for files the policy's `ignore` globs name, and for the policy file itself (its examples are not code). */
  isIgnored(uri: vscode.Uri, policy: Policy = this.policies.policyFor(uri)): boolean {
    if (this.policies.folderOfPolicyFile(uri)) return true;
    if (policy.ignore.length === 0 || !vscode.workspace.getWorkspaceFolder(uri)) return false;
    return isIgnoredByPolicy(policy, vscode.workspace.asRelativePath(uri, false));
  }

  /**
   * What the engine needs to know of a document's file: its path, whether the policy calls it test code, and the
   * rules the policy turns off for it.
   */
  fileTarget(uri: vscode.Uri, languageId: string, policy: Policy): FileTarget {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return { languageId, path: pathOf(uri), testCode: false };
    const relativePath = vscode.workspace.asRelativePath(uri, false);
    return { languageId, path: pathOf(uri), testCode: isTestCode(policy, relativePath), rulesOff: rulesIgnoredAt(policy, relativePath) };
  }

  /**
   * Prepares the rules for a document's language in idle time (rule sets compile per policy, and V8 compiles a
   * regex on its first use), so the first paste in that language is not the one that pays for it.
   */
  warmUp(document: vscode.TextDocument): void {
    if (!SCANNABLE_SCHEMES.has(document.uri.scheme)) return;
    const policy = this.policies.policyFor(document.uri);
    const languageId = document.languageId;
    let languages = this.warmed.get(policy);
    if (!languages) {
      languages = new Set();
      this.warmed.set(policy, languages);
    }
    if (languages.has(languageId)) return;
    languages.add(languageId);
    const rules = [...BUILTIN_RULES, ...policy.customRules].filter((rule) => rule.languages.includes('*') || rule.languages.includes(languageId));
    const keywords = [...new Set(rules.flatMap((rule) => rule.keywords ?? []))];
    // In small steps with the host free in between: compiling the rule set is one step, then V8 compiles each
    // regex on its first run, a few keywords' rules at a time (all at once held the host for about a second).
    const groups: string[][] = [[]];
    for (let i = 0; i < keywords.length; i += WARM_UP_KEYWORDS_PER_STEP) groups.push(keywords.slice(i, i + WARM_UP_KEYWORDS_PER_STEP));
    this.warmQueue = this.warmQueue.then(async () => {
      const started = Date.now();
      let longest = 0;
      try {
        for (const group of groups) {
          await new Promise((resolve) => setTimeout(resolve, group.length === 0 ? 50 : 0));
          if (this.disposed) return;
          const stepStarted = performance.now();
          warmUp(languageId, policy, group);
          longest = Math.max(longest, performance.now() - stepStarted);
        }
        this.log.debug(`rules for ${languageId} prepared in ${Date.now() - started} ms (${groups.length} steps, longest ${Math.round(longest)} ms)`);
      } catch (error) {
        this.log.error(`preparing the rules for ${languageId}`, error);
      }
    });
  }

  /** Resolves once no scan is scheduled or running. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  scanHistory(): readonly ScanRecord[] {
    return this.history;
  }

  stats(): ScanServiceStats {
    const states = [...this.states.values()];
    return {
      documents: states.length,
      closedTextChars: states.reduce((n, s) => n + (s.snapshot?.text.length ?? 0), 0),
      blocks: states.reduce((n, s) => n + s.blocks.length, 0),
      mostBlocksInADocument: states.reduce((n, s) => Math.max(n, s.blocks.length), 0),
      findings: states.reduce((n, s) => n + s.published.length, 0),
      history: this.history.length,
      limits: { documents: MAX_DOCUMENTS, blocksPerDocument: MAX_BLOCKS_PER_DOCUMENT, history: MAX_HISTORY, closedTextChars: MAX_SNAPSHOT_CHARS },
    };
  }

  private isIdle(): boolean {
    return this.running === 0 && [...this.states.values()].every((s) => s.timer === undefined);
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private stateOf(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { uri, blocks: [], fileFindings: [], fileScanned: false, published: [], suppressing: new Set(), touchedAt: Date.now() };
      this.states.set(key, state);
      if (this.states.size > MAX_DOCUMENTS) this.evictOne();
    }
    return state;
  }

  /** Forgets the least recently touched closed documents while their texts add up to over MAX_SNAPSHOT_CHARS. */
  private trimSnapshots(keep: DocState): void {
    const closed = [...this.states.values()].filter((s) => s.snapshot);
    let total = closed.reduce((n, s) => n + (s.snapshot?.text.length ?? 0), 0);
    if (total <= MAX_SNAPSHOT_CHARS) return;
    for (const state of closed.sort((a, b) => a.touchedAt - b.touchedAt)) {
      if (total <= MAX_SNAPSHOT_CHARS) break;
      if (state === keep && closed.length > 1) continue;
      total -= state.snapshot?.text.length ?? 0;
      this.log.debug(`${describeUri(state.uri)}: closed, and over ${MAX_SNAPSHOT_CHARS / 1_000_000} M characters of closed files are kept; its findings are dropped`);
      this.forget(state.uri);
    }
  }

  private evictOne(): void {
    const closed = [...this.states.values()].filter((s) => s.snapshot).sort((a, b) => a.touchedAt - b.touchedAt);
    if (closed[0]) this.forget(closed[0].uri);
  }

  private schedule(state: DocState, delayMs: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.running++;
      this.scanBlocks(state)
        .catch((error) => this.log.error(`scan of ${describeUri(state.uri)} failed`, error))
        .finally(() => {
          this.running--;
          this.notifyIdle();
        });
    }, delayMs);
  }

  /** Whether a document's state is still the one tracked: forgotten (its file deleted), its scans' results go nowhere. */
  private isCurrent(state: DocState): boolean {
    return this.states.get(state.uri.toString()) === state;
  }

  private async scanBlocks(state: DocState): Promise<void> {
    if (!this.isCurrent(state)) return;
    const generation = this.policyGeneration;
    const document = openDocument(state.uri);
    const snapshot = state.snapshot?.text;
    if (!document && snapshot === undefined) return;
    const languageId = document?.languageId ?? state.snapshot?.languageId ?? 'plaintext';
    const version = document?.version;
    const policy = this.policies.policyFor(state.uri);
    const update: ScanUpdate = { uri: state.uri, found: [], fixed: [] };
    const ignored = this.isIgnored(state.uri, policy);
    for (const block of state.blocks.filter((b) => b.dirty)) {
      block.dirty = false;
      const started = Date.now();
      let findings: Finding[] = [];
      block.skip = ignored ? { code: 'ignored', message: 'skipped: the policy ignores this file' } : undefined;
      if (!block.skip && block.end - block.start > policy.maxFileBytes) {
        block.skip = { code: 'too-large', message: `skipped: the inserted block is ${Math.round((block.end - block.start) / 1000)} kB, over the maxFileBytes limit` };
      }
      // An open document hands over only the block and the lines around it: never the whole text of a big file.
      const source = document ? neighbourhood(document, block) : { text: snapshot ?? '', span: { start: block.start, end: block.end }, base: { offset: 0, line: 0 } };
      block.skip ??= skipReason(source.text.slice(source.span.start, Math.min(source.span.end, source.span.start + 8192)), { path: pathOf(state.uri), maxBytes: policy.maxFileBytes, wholeFile: false });
      block.skip ??= unsplittable(source.text, source.span);
      const chunks: ChunkStats = { chunks: 0, longestChunkMs: 0 };
      if (!block.skip) {
        // A closed file's text can be rewritten on disk, or the file opened, while its scan waits between chunks.
        const isStale = () =>
          (document ? document.isClosed || document.version !== version : state.snapshot?.text !== snapshot) || this.policyGeneration !== generation || !this.isCurrent(state);
        const result = await scanInChunks(source.text, this.fileTarget(state.uri, languageId, policy), source.span, policy, isStale, chunks, source.base);
        if (result === 'stale') {
          block.dirty = true;
          // The edit that made it stale may lie just outside the block (typing right after a paste), where
          // handleChange schedules nothing: the rescan is scheduled here.
          this.schedule(state, EDIT_DELAY_MS);
          return;
        }
        findings = result;
      }
      const located = findings.map((finding) => locate(finding, block.origin, block.id));
      const trigger: ScanTrigger = block.scanned ? 'edit' : 'insertion';
      if (block.scanned && !block.notFixedBecause) {
        update.fixed.push(...fewer(block.findings, located).filter((f) => !state.suppressing.has(f.finding.ruleId)));
      }
      update.found.push(...(block.scanned ? fewer(located, block.findings) : located));
      block.findings = located;
      block.scanned = true;
      block.notFixedBecause = undefined;
      // A block's own scan is the authority for its span: older whole-file results there are replaced.
      state.fileFindings = state.fileFindings.filter((f) => !(f.start >= block.start && f.end <= block.end));
      this.record({
        uri: describeUri(state.uri), origin: block.origin, trigger,
        chars: block.end - block.start, findings: located.length, durationMs: Date.now() - started,
        latencyMs: trigger === 'insertion' ? Date.now() - block.insertedAt : undefined, skipped: block.skip?.message, ...chunkFields(chunks),
      });
      if (block.skip) this.log.info(`${describeUri(state.uri)}: ${block.origin} block ${block.skip.message}`);
    }
    if (!this.isCurrent(state)) return;
    state.suppressing.clear();
    this.publish(state, document);
    this.updated.fire(update);
  }

  private async scanWhole(state: DocState, document: vscode.TextDocument, trigger: ScanTrigger): Promise<{ findings: number; skip?: SkipReason }> {
    const started = Date.now();
    const version = document.version;
    const policy = this.policies.policyFor(document.uri);
    let skip: SkipReason | undefined = this.isIgnored(document.uri, policy) ? { code: 'ignored', message: 'skipped: the policy ignores this file' } : undefined;
    // Decided before reading the text: getText() joins the whole document, which alone holds the host for
    // 100 ms and more on a file of several MB that would be skipped anyway.
    skip ??= skipReason('', { path: pathOf(document.uri), maxBytes: policy.maxFileBytes, wholeFile: false });
    const length = documentLength(document);
    if (!skip && length > policy.maxFileBytes) skip = tooLarge(length, policy.maxFileBytes);
    const text = skip ? '' : document.getText();
    skip ??= skipReason(text, { path: pathOf(document.uri), maxBytes: policy.maxFileBytes, wholeFile: true });
    skip ??= unsplittable(text, { start: 0, end: text.length });
    let findings: Finding[] = [];
    const chunks: ChunkStats = { chunks: 0, longestChunkMs: 0 };
    if (!skip) {
      const generation = this.policyGeneration;
      const edited = () => document.isClosed || document.version !== version;
      const result = await scanInChunks(text, this.fileTarget(document.uri, document.languageId, policy), { start: 0, end: text.length }, policy, () => edited() || this.policyGeneration !== generation || !this.isCurrent(state), chunks);
      if (result === 'stale') {
        // An edit schedules its own scan; a new policy asks for this one again, under it (a first scan is not yet
        // among those the policy change rescans).
        const firstScanOutdated = !edited() && this.isCurrent(state) && this.policyGeneration !== generation && !state.fileScanned;
        return firstScanOutdated ? this.scanWhole(state, document, 'policy') : { findings: state.fileFindings.length };
      }
      findings = result;
    }
    if (!this.isCurrent(state)) return { findings: 0 };
    const before = state.fileFindings;
    const wasScanned = state.fileScanned;
    this.applyFileResult(state, findings, skip);
    this.publish(state, document);
    // A finding gone after a policy change was turned off, not fixed; one gone under a suppression was accepted.
    const fixed = wasScanned && trigger !== 'policy' ? fewer(before, state.fileFindings).filter((f) => !state.suppressing.has(f.finding.ruleId)) : [];
    if (!state.blocks.some((block) => block.dirty)) state.suppressing.clear();
    this.updated.fire({ uri: document.uri, found: wasScanned ? fewer(state.fileFindings, before) : state.fileFindings, fixed });
    this.record({ uri: describeUri(document.uri), origin: 'file', trigger, chars: length, findings: findings.length, durationMs: Date.now() - started, skipped: skip?.message, ...chunkFields(chunks) });
    if (skip) this.log.info(`${describeUri(document.uri)}: ${skip.message}`);
    return { findings: findings.length, skip };
  }

  /** Rescans a closed file's whole text as last seen (after a policy change). */
  private async rescanSnapshot(state: DocState): Promise<void> {
    const snapshot = state.snapshot;
    if (!snapshot) return;
    this.running++;
    try {
      const policy = this.policies.policyFor(state.uri);
      let skip: SkipReason | undefined = this.isIgnored(state.uri, policy) ? { code: 'ignored', message: 'skipped: the policy ignores this file' } : undefined;
      skip ??= skipReason(snapshot.text, { path: pathOf(state.uri), maxBytes: policy.maxFileBytes, wholeFile: true });
      skip ??= unsplittable(snapshot.text, { start: 0, end: snapshot.text.length });
      const generation = this.policyGeneration;
      const result = skip ? [] : await scanInChunks(snapshot.text, this.fileTarget(state.uri, snapshot.languageId, policy), { start: 0, end: snapshot.text.length }, policy, () => state.snapshot !== snapshot || this.policyGeneration !== generation);
      if (result === 'stale' || this.states.get(state.uri.toString()) !== state) return;
      this.applyFileResult(state, result, skip);
      this.publish(state, undefined);
    } catch (error) {
      this.log.error(`rescan of ${describeUri(state.uri)} failed`, error);
    } finally {
      this.running--;
      this.notifyIdle();
    }
  }

  private applyFileResult(state: DocState, findings: Finding[], skip: SkipReason | undefined): void {
    state.fileFindings = findings.map((finding) => locate(finding, 'file'));
    state.fileSkip = skip;
    state.fileScanned = true;
    state.touchedAt = Date.now();
  }

  /** Sends a document's findings to the diagnostics: blocks' findings, then whole-file ones outside blocks. */
  private publish(state: DocState, document: vscode.TextDocument | undefined): void {
    const seen = new Set<string>();
    const items: LocatedFinding[] = [];
    const add = (f: LocatedFinding) => {
      const key = `${f.finding.ruleId}@${f.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      items.push(f);
    };
    for (const block of state.blocks) block.findings.forEach(add);
    for (const f of state.fileFindings) {
      const inside = state.blocks.find((b) => f.start >= b.start && f.end <= b.end);
      add(inside ? { ...f, origin: inside.origin, blockId: inside.id } : f);
    }
    items.sort((a, b) => a.start - b.start);
    state.published = items;
    const positionAt = document && !document.isClosed
      ? (offset: number) => document.positionAt(offset)
      : positionFinder(state.snapshot?.text ?? '');
    this.diagnostics.set(state.uri, items, positionAt);
    this.published.fire(state.uri);
  }

  private record(record: ScanRecord): void {
    this.history.push(record);
    if (this.history.length > MAX_HISTORY) this.history.shift();
    const chunked = record.chunks !== undefined && record.chunks > 1 ? ` in ${record.chunks} chunks (longest ${record.longestChunkMs} ms, ${record.longestChunkCpuMs} ms CPU)` : '';
    this.log.debug(`scan ${record.trigger} ${record.origin} ${record.uri}: ${record.chars} chars, ${record.findings} finding(s), ${record.durationMs} ms${chunked}${record.latencyMs !== undefined ? `, ${record.latencyMs} ms after the insertion` : ''}`);
  }

  dispose(): void {
    this.disposed = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.updated.dispose();
    this.published.dispose();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** The text of a span of an open document with the lines the engine looks at around it, and where it starts. */
function neighbourhood(document: vscode.TextDocument, span: Span): { text: string; span: Span; base: TextBase } {
  const firstLine = Math.max(0, document.positionAt(span.start).line - LINES_BEFORE);
  const lastLine = Math.min(document.lineCount - 1, document.positionAt(span.end).line + LINES_AFTER);
  const from = new vscode.Position(firstLine, 0);
  const offset = document.offsetAt(from);
  const text = document.getText(new vscode.Range(from, document.lineAt(lastLine).rangeIncludingLineBreak.end));
  return { text, span: { start: span.start - offset, end: span.end - offset }, base: { offset, line: firstLine } };
}

function offsetChanges(event: vscode.TextDocumentChangeEvent): OffsetChange[] {
  return event.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, textLength: c.text.length }));
}

/** +1 or -1 when the edit only switched the document's line breaks (see lineBreakSwitch), else undefined. */
function lineBreakSwitchOf(event: vscode.TextDocumentChangeEvent): 1 | -1 | undefined {
  const { document, contentChanges } = event;
  // Cheap checks first: the document's length is not worth building on every keystroke.
  if (contentChanges.length !== 1 || contentChanges[0].rangeOffset !== 0) return undefined;
  return lineBreakSwitch(offsetChanges(event), documentLength(document), document.lineCount, document.eol === vscode.EndOfLine.CRLF ? 2 : 1);
}

/** True when an open document still holds `target`'s text (by version when known: no need to join the text). */
function sameText(document: vscode.TextDocument, target: ClosedText): boolean {
  if (target.version !== undefined) return document.version === target.version;
  return documentLength(document) === target.text.length && document.getText() === target.text;
}

/** Whether a document holds `text`: the lengths are compared first, so a document of another text is not read whole. */
function holdsText(document: vscode.TextDocument, text: string): boolean {
  return documentLength(document) === text.length && document.getText() === text;
}

/** A document's length in characters without building its text (the editor keeps line lengths). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The engine's too-large reason (guards.ts words it the same way), for a length known without the text. */
function tooLarge(chars: number, maxBytes: number): SkipReason {
  const size = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} kB`);
  return { code: 'too-large', message: `skipped: ${size(chars)} is over the ${size(maxBytes)} limit (maxFileBytes)` };
}

function chunkFields(stats: ChunkStats): Pick<ScanRecord, 'chunks' | 'longestChunkMs' | 'longestChunkCpuMs'> {
  if (stats.chunks === 0) return {};
  return { chunks: stats.chunks, longestChunkMs: Math.round(stats.longestChunkMs), longestChunkCpuMs: Math.round(stats.longestChunkCpuMs ?? 0) };
}

function locate(finding: Finding, origin: Origin, blockId?: number): LocatedFinding {
  return { finding, start: finding.range.start.offset, end: finding.range.end.offset, origin, blockId };
}

/** Moves findings through an edit; a touched one is dropped when `dropTouched` (it is rescanned later). */
function shiftFindings(findings: LocatedFinding[], changes: readonly OffsetChange[], dropTouched: boolean): LocatedFinding[] {
  const kept: LocatedFinding[] = [];
  for (const f of findings) {
    const moved = shiftSpan(f, changes);
    if (!moved || (dropTouched && moved.touched)) continue;
    kept.push({ ...f, start: moved.span.start, end: moved.span.end });
  }
  return kept;
}

/** The findings of `a` beyond those of `b`, counted per rule (positions move as people edit). */
function fewer(a: readonly LocatedFinding[], b: readonly LocatedFinding[]): LocatedFinding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(f.finding.ruleId, (left.get(f.finding.ruleId) ?? 0) + 1);
  const extra: LocatedFinding[] = [];
  for (const f of a) {
    const n = left.get(f.finding.ruleId) ?? 0;
    if (n > 0) left.set(f.finding.ruleId, n - 1);
    else extra.push(f);
  }
  return extra;
}

function isOpenDocument(target: vscode.TextDocument | ClosedText): target is vscode.TextDocument {
  return typeof (target as vscode.TextDocument).getText === 'function';
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

/** Whether `uri` is `folder` or lies inside it. */
export function isSameOrInside(folder: vscode.Uri, uri: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const folderPath = folder.path.replace(/\/+$/, '');
  return uri.path === folderPath || uri.path.startsWith(`${folderPath}/`);
}

function pathOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'untitled' ? undefined : uri.fsPath;
}
