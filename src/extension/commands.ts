// Every command id and its handler. Palette commands have the category "Security Coach" in package.json;
// the others are links from hovers, CodeLenses, code actions and notifications, and the Tab wrapper.
import * as vscode from 'vscode';
import { escapeGlob, POLICY_FILE_NAME, type Finding } from '../engine';
import type { InsertionWatcher } from './insertion-watcher';
import type { LessonLibrary } from './lesson-library';
import type { LessonPanel } from './lesson-panel';
import { describeUri, type Log } from './output';
import { createPolicyFile, disableRule, ignoreRuleIn } from './policy-file';
import type { PolicyWatcher } from './policy-watcher';
import type { Progress } from './progress';
import { openDocument, type ScanService } from './scan-service';
import { cleanReason, insertSuppression, whyNoCommentAbove } from './suppression';
import { scanWorkspace, type WorkspaceScanSummary } from './workspace-scan';

export const COMMANDS = {
  /** Scan Current File. Returns `{ findings, skipped? }`. */
  scanFile: 'securityCoach.scanFile',
  /** Scan Workspace. Returns a `WorkspaceScanSummary`. */
  scanWorkspace: 'securityCoach.scanWorkspace',
  /** Open Lesson Library: a quick pick of every lesson. */
  openLessonLibrary: 'securityCoach.openLessonLibrary',
  /** Create Policy File (`folderUri?`). Returns the file's URI string. */
  createPolicyFile: 'securityCoach.createPolicyFile',
  showOutput: 'securityCoach.showOutput',
  resetProgress: 'securityCoach.resetProgress',
  /** (`lessonId`, `ruleId?`, `fromUri?`) opens the lesson view. Returns true when the lesson exists. */
  openLesson: 'securityCoach.openLesson',
  /** (`uri`, `ruleId`, `line` zero-based, `reason?`) asks for a reason unless given, then writes the comment. Returns true when written. */
  suppressFinding: 'securityCoach.suppressFinding',
  /** (`lessonId`, `learned = true`) */
  markLearned: 'securityCoach.markLearned',
  /** (`ruleId`, `uri?`) turns the rule off in the policy file of the document's folder. Returns the file's URI string. */
  disableRule: 'securityCoach.disableRule',
  /** (`ruleId`, `uri`) turns the rule off for the document's folder in its workspace policy file. Returns the file's URI string. */
  ignoreRuleInFolder: 'securityCoach.ignoreRuleInFolder',
  /** (`uri`, `blockId`) lists a block's findings to jump to. */
  reviewBlock: 'securityCoach.reviewBlock',
  /** The Tab keybinding: accepts the inline suggestion through the built-in command and marks the insertion. */
  acceptInlineSuggestion: 'securityCoach.acceptInlineSuggestion',
} as const;

/** A `command:` link for trusted Markdown (hovers). */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${label}")`;
}

export interface CommandServices {
  scans: ScanService;
  insertions: InsertionWatcher;
  policies: PolicyWatcher;
  lessons: LessonLibrary;
  panel: LessonPanel;
  progress: Progress;
  log: Log;
}

export function registerCommands(s: CommandServices): vscode.Disposable[] {
  const register = (id: string, handler: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, handler);
  return [
    register(COMMANDS.scanFile, () => scanCurrentFile(s)),
    register(COMMANDS.scanWorkspace, () => runWorkspaceScan(s)),
    register(COMMANDS.openLessonLibrary, () => openLibrary(s)),
    register(COMMANDS.createPolicyFile, (folderUri?: string) => createPolicy(s, folderUri)),
    register(COMMANDS.showOutput, () => s.log.show()),
    register(COMMANDS.resetProgress, () => resetProgress(s)),
    register(COMMANDS.openLesson, (lessonId?: string, ruleId?: string, fromUri?: string) =>
      typeof lessonId === 'string' ? s.panel.show(lessonId, ruleId, parseUri(fromUri)) : openLibrary(s)),
    register(COMMANDS.suppressFinding, (uri: string, ruleId: string, line: number, reason?: string) => suppress(s, uri, ruleId, line, reason)),
    register(COMMANDS.markLearned, async (lessonId: string, learned?: boolean) => {
      await s.progress.markLearned(lessonId, learned !== false);
      vscode.window.setStatusBarMessage(learned === false ? '$(shield) Security Coach: lesson marked as not learned' : '$(pass) Security Coach: lesson marked as learned; its hovers are now compact', 4000);
    }),
    register(COMMANDS.disableRule, (ruleId: string, uri?: string) => turnOffRule(s, ruleId, uri)),
    register(COMMANDS.ignoreRuleInFolder, (ruleId: string, uri: string) => turnOffRuleInFolder(s, ruleId, uri)),
    register(COMMANDS.reviewBlock, (uri: string, blockId: number) => reviewBlock(s, uri, blockId)),
    register(COMMANDS.acceptInlineSuggestion, () => s.insertions.acceptInlineSuggestion()),
  ];
}

async function scanCurrentFile(s: CommandServices): Promise<{ findings: number; skipped?: string } | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Security Coach: open a file to scan it.');
    return undefined;
  }
  await s.policies.ready;
  const result = await s.scans.scanDocument(document, 'command');
  const message = result.skip
    ? `Security Coach: ${describeUri(document.uri)} was not scanned (${result.skip.message.replace(/^skipped: /, '')}).`
    : `Security Coach: ${result.findings === 0 ? 'no' : result.findings} security finding${result.findings === 1 ? '' : 's'} in ${describeUri(document.uri)}.`;
  vscode.window.setStatusBarMessage(message, 5000);
  if (result.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return { findings: result.findings, skipped: result.skip?.message };
}

async function runWorkspaceScan(s: CommandServices): Promise<WorkspaceScanSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Security Coach: open a folder to scan a workspace.');
    return undefined;
  }
  const summary = await scanWorkspace(s.scans, s.policies, s.log);
  const skipped = Object.values(summary.skipped).reduce((n, k) => n + (k ?? 0), 0);
  const text = `Security Coach: ${summary.cancelled ? 'scan cancelled after ' : ''}${summary.scanned} file${summary.scanned === 1 ? '' : 's'} scanned, ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.filesWithFindings} file${summary.filesWithFindings === 1 ? '' : 's'}${skipped > 0 ? `, ${skipped} skipped (see Output)` : ''}.`;
  void vscode.window.showInformationMessage(text, ...(summary.findings > 0 ? ['Show Problems'] : []), 'Show Output').then((choice) => {
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    else if (choice === 'Show Output') s.log.show();
  });
  return summary;
}

async function openLibrary(s: CommandServices): Promise<boolean> {
  const from = vscode.window.activeTextEditor?.document.uri;
  const items = s.lessons.all(from).map((lesson) => ({
    label: `${s.progress.isLearned(lesson.id) ? '$(pass)' : '$(book)'} ${lesson.title}`,
    description: [lesson.cwe.join(', '), lesson.origin === 'team' ? 'team lesson' : ''].filter(Boolean).join(' · '),
    detail: lesson.summary,
    lessonId: lesson.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Security Coach: Lesson Library', placeHolder: 'Pick a lesson to read', matchOnDescription: true, matchOnDetail: true });
  return picked ? s.panel.show(picked.lessonId, undefined, from) : false;
}

async function pickFolder(folderUri?: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const given = parseUri(folderUri);
  if (given) return vscode.workspace.getWorkspaceFolder(given);
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the policy file?' });
}

async function createPolicy(s: CommandServices, folderUri?: string): Promise<string | undefined> {
  const folder = await pickFolder(folderUri);
  if (!folder) {
    void vscode.window.showInformationMessage('Security Coach: open a folder first; the policy file lives at its root.');
    return undefined;
  }
  const { uri, created } = await createPolicyFile(folder);
  s.log.info(`${created ? 'created' : 'opened the existing'} ${describeUri(uri)}`);
  return uri.toString();
}

async function resetProgress(s: CommandServices): Promise<void> {
  const learned = s.progress.learnedCount();
  await s.progress.reset();
  s.log.info('progress reset');
  void vscode.window.showInformationMessage(`Security Coach: progress reset${learned > 0 ? ` (${learned} learned lesson${learned === 1 ? '' : 's'} cleared)` : ''}. First-time lesson offers will appear again.`);
}

async function suppress(s: CommandServices, uriText: string, ruleId: string, line: number, given?: string): Promise<boolean> {
  const uri = parseUri(uriText);
  const document = uri && (openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri)));
  if (!document || typeof ruleId !== 'string' || typeof line !== 'number') return false;
  const why = whyNoCommentAbove(document, line);
  if (why) {
    void vscode.window.showInformationMessage(`Security Coach: ${why}, so a suppression comment cannot go there; ignore the file or turn ${ruleId} off in ${POLICY_FILE_NAME}.`);
    return false;
  }
  // The finding itself and the text's version: the document may be edited while the reason is typed.
  const original = s.scans.findings(document.uri).find((f) => f.finding.ruleId === ruleId && document.positionAt(f.start).line === line);
  const finding = original?.finding;
  const findingText = original && textOf(document, original);
  const version = document.version;
  const reason = given ?? (await vscode.window.showInputBox({
    title: `Suppress ${ruleId}`,
    prompt: 'Why is this safe? The reason is written into the comment for reviewers.',
    placeHolder: 'e.g. the argument is a constant from config/build.ts',
    ignoreFocusOut: true,
    validateInput: (value) => (cleanReason(value).length < 3 ? 'Give a reason of a few words: a suppression without one does not take effect.' : undefined),
  }));
  if (reason === undefined || cleanReason(reason).length < 3) return false;
  const edited = document.version !== version;
  const lineNow = edited ? findingLine(s, document, finding, findingText, line) : line;
  const whyNot = lineNow === undefined ? 'the code changed while the reason was typed, and the finding is gone' : edited ? whyNoCommentAbove(document, lineNow) : undefined;
  if (lineNow === undefined || whyNot) {
    void vscode.window.showInformationMessage(`Security Coach: ${whyNot}, so no suppression comment was written.`);
    return false;
  }
  s.scans.expectSuppression(document.uri, ruleId);
  const done = await insertSuppression(document, lineNow, ruleId, reason);
  if (done) s.log.info(`${describeUri(document.uri)}: suppressed ${ruleId} at line ${lineNow + 1} with a reason`);
  return done;
}

/**
 * The line a finding is on now, if it is still reported: edits move findings, and a rescan of its code replaces
 * them with new ones, so one of the same rule over the same code, nearest to where it was, is the same finding.
 */
function findingLine(s: CommandServices, document: vscode.TextDocument, finding: Finding | undefined, text: string | undefined, lineBefore: number): number | undefined {
  if (!finding) return undefined;
  const now = s.scans.findings(document.uri);
  const located = now.find((f) => f.finding === finding) ??
    now
      .filter((f) => f.finding.ruleId === finding.ruleId && textOf(document, f) === text)
      .sort((a, b) => Math.abs(document.positionAt(a.start).line - lineBefore) - Math.abs(document.positionAt(b.start).line - lineBefore))[0];
  return located && document.positionAt(located.start).line;
}

function textOf(document: vscode.TextDocument, located: { start: number; end: number }): string {
  return document.getText(new vscode.Range(document.positionAt(located.start), document.positionAt(located.end)));
}

async function turnOffRule(s: CommandServices, ruleId: string, uriText?: string): Promise<string | undefined> {
  const uri = parseUri(uriText) ?? vscode.window.activeTextEditor?.document.uri;
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? (await pickFolder());
  if (!folder) {
    void vscode.window.showInformationMessage('Security Coach: rules are turned off in a workspace folder\'s .security-coach.json; open a folder first.');
    return undefined;
  }
  return reportRuleTurnedOff(s, await disableRule(folder, ruleId), ruleId, '');
}

async function turnOffRuleInFolder(s: CommandServices, ruleId: string, uriText: string): Promise<string | undefined> {
  const uri = parseUri(uriText);
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const relativeFolder = uri && folderOfFile(uri);
  if (!folder || !relativeFolder) return undefined;
  // A folder named like a pattern (Next.js's app/[slug]) must match itself alone.
  return reportRuleTurnedOff(s, await ignoreRuleIn(folder, ruleId, `${escapeGlob(relativeFolder)}/**`), ruleId, ` in ${relativeFolder}/`);
}

/** Tells how a policy edit turning a rule off (`where`: everywhere, or " in <folder>/") went; the file's URI string when written. */
function reportRuleTurnedOff(s: CommandServices, result: { uri: vscode.Uri } | { error: string }, ruleId: string, where: string): string | undefined {
  if ('error' in result) {
    void vscode.window.showWarningMessage(`Security Coach: ${result.error}.`);
    return undefined;
  }
  s.log.info(`turned off ${ruleId}${where} in ${describeUri(result.uri)}`);
  vscode.window.setStatusBarMessage(`$(shield) Security Coach: ${ruleId} is off${where} for everyone using this policy file`, 6000);
  return result.uri.toString();
}

/** A file's folder relative to its workspace folder (slash-separated), or undefined at the workspace's top or outside it. */
export function folderOfFile(uri: vscode.Uri): string | undefined {
  if (!vscode.workspace.getWorkspaceFolder(uri)) return undefined;
  const relative = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  const slash = relative.lastIndexOf('/');
  return slash > 0 ? relative.slice(0, slash) : undefined;
}

async function reviewBlock(s: CommandServices, uriText: string, blockId: number): Promise<void> {
  const uri = parseUri(uriText);
  if (!uri) return;
  const document = openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const findings = s.scans.findings(uri).filter((f) => f.blockId === blockId);
  if (findings.length === 0) return;
  const items = findings.map((located) => ({
    label: `$(warning) ${located.finding.title}`,
    description: `line ${document.positionAt(located.start).line + 1} · ${located.finding.ruleId}`,
    detail: located.finding.message,
    located,
  }));
  const picked = findings.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Security findings in this block', matchOnDescription: true });
  if (!picked) return;
  const range = new vscode.Range(document.positionAt(picked.located.start), document.positionAt(picked.located.end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}

function parseUri(text: unknown): vscode.Uri | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}
