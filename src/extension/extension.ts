// Security Coach for VS Code: creates the parts and registers them, nothing more. The engine (src/engine)
// does the security work; these modules translate editor events into scans and findings into coaching.
import * as vscode from 'vscode';
import { FindingCodeActions } from './code-actions';
import { BlockCodeLenses } from './codelens';
import { registerCommands } from './commands';
import { DiagnosticsPublisher, LessonLinks } from './diagnostics';
import { watchDocumentLifecycle } from './document-lifecycle';
import { FindingHoverProvider } from './hover';
import { InsertionWatcher, type InsertionRecord } from './insertion-watcher';
import { LessonLibrary } from './lesson-library';
import { LessonPanel } from './lesson-panel';
import { createLog } from './output';
import { PolicyWatcher } from './policy-watcher';
import { Coach, Progress } from './progress';
import { ScanService, type ScanRecord, type ScanServiceStats } from './scan-service';
import { SchemaFileSystem } from './schema-provider';
import { StatusItem } from './status';

/** What `activate` returns: a small read-only window for the real-editor tests. */
export interface SecurityCoachApi {
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Resolves once the policy files are read and no scan is scheduled or running. */
  whenIdle(): Promise<void>;
  /** Classified insertions, oldest first (last 100): kind, size, whether a block was scanned. */
  insertions(): readonly InsertionRecord[];
  /** The last 100 scans: origin, trigger, size, findings, duration and, for insertions, ms from insertion to diagnostics. */
  scans(): readonly ScanRecord[];
  /** The id of the lesson shown in the lesson view, if it is open. */
  lessonOnScreen(): string | undefined;
  /** The output channel's recent lines (last 500, every level including debug), to check what is logged. */
  logLines(): readonly string[];
  /** What is tracked and cached (documents, blocks, findings, scan history) and the caps on it. */
  stats(): ScanServiceStats;
  /** A document's tracked blocks and findings, and why it (or its latest block) was not scanned. */
  tracked(uri: vscode.Uri): { blocks: number; findings: number; skipped?: string };
  /** The status bar item's text and tooltip, when it is shown. */
  statusBar(): { text: string; tooltip: string } | undefined;
}

export function activate(context: vscode.ExtensionContext): SecurityCoachApi {
  const started = performance.now();
  const log = createLog();
  const policies = new PolicyWatcher(log);
  const links = new LessonLinks(context.extension.id);
  const diagnostics = new DiagnosticsPublisher(links);
  const scans = new ScanService(policies, diagnostics, log);
  const insertions = new InsertionWatcher(scans, policies, log);
  const lessons = new LessonLibrary(context.extensionPath, policies, log);
  const progress = new Progress(context.globalState);
  const panel = new LessonPanel(context.extensionUri, lessons, policies, progress, log);
  const codeLenses = new BlockCodeLenses(scans);
  const status = new StatusItem(scans, policies);
  const everyDocument: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-notebook-cell' }];

  context.subscriptions.push(
    log, policies, diagnostics, scans, insertions, progress, panel, codeLenses,
    new Coach(scans, progress, lessons, log),
    status,
    links.register((lessonId, ruleId) => panel.show(lessonId, ruleId, vscode.window.activeTextEditor?.document.uri)),
    SchemaFileSystem.register(context.extensionUri),
    vscode.languages.registerHoverProvider(everyDocument, new FindingHoverProvider(scans, lessons, progress)),
    vscode.languages.registerCodeActionsProvider(everyDocument, new FindingCodeActions(scans), { providedCodeActionKinds: FindingCodeActions.providedKinds }),
    vscode.languages.registerCodeLensProvider(everyDocument, codeLenses),
    ...registerCommands({ scans, insertions, policies, lessons, panel, progress, log }),
    ...watchDocumentLifecycle(scans, insertions, policies),
  );

  const activationMs = Math.round(performance.now() - started);
  log.info(`Security Coach ${context.extension.packageJSON.version as string} activated in ${activationMs} ms (${vscode.env.appName}, ${vscode.env.uriScheme}, VS Code ${vscode.version}, workspace ${vscode.workspace.isTrusted ? 'trusted' : 'not trusted'})`);
  return {
    activationMs,
    whenIdle: async () => {
      await policies.ready;
      await scans.whenIdle();
    },
    insertions: () => insertions.insertions(),
    scans: () => scans.scanHistory(),
    lessonOnScreen: () => panel.currentLessonId,
    logLines: () => log.recentLines(),
    stats: () => scans.stats(),
    tracked: (uri) => ({ blocks: scans.blocks(uri).length, findings: scans.findings(uri).length, skipped: scans.skipOf(uri)?.message }),
    statusBar: () => status.shown(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
