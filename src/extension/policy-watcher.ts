// Each workspace folder's .security-coach.json: loaded, watched and reloaded live. An invalid file gets
// diagnostics at the exact positions of its problems and the last good policy stays in force. In an
// untrusted workspace the repository's own code (custom rules, team lessons) is left out, and the user is told.
import * as vscode from 'vscode';
import {
  DEFAULT_POLICY,
  parsePolicy,
  POLICY_FILE_NAME,
  resolveLessonsDir,
  untrustedPolicy,
  untrustedDrops,
  type ParsePolicyOptions,
  type Policy,
  type PolicyError,
} from '../engine';
import { repositoryTop } from '../engine/repository';
import type { Log } from './output';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export interface FolderPolicy {
  folder: vscode.WorkspaceFolder;
  policyUri: vscode.Uri;
  /** True when the folder has a policy file. */
  exists: boolean;
  /** The policy in force: the last good one from the file (or the default), minus repository code when untrusted. */
  policy: Policy;
  /** The team lessons folder, when the policy names one and the workspace is trusted. */
  lessonsDir?: string;
  /** Problems of the file as last read; non-empty means the last good policy is in force. */
  errors: PolicyError[];
  /** True when custom rules or team lessons are switched off because the workspace is untrusted. */
  /** What an untrusted workspace leaves out of the policy file, in words (empty when trusted or nothing is). */
  restricted: string[];
}

const RELOAD_DELAY_MS = 100;
const VALIDATE_DELAY_MS = 250;

export class PolicyWatcher implements vscode.Disposable {
  private readonly states = new Map<string, FolderPolicy>();
  /** The last good policy of each folder as its file says, before trust is applied. */
  private readonly filePolicies = new Map<string, Policy>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('securityCoach.policy');
  private readonly changed = new vscode.EventEmitter<FolderPolicy>();
  private readonly disposables: vscode.Disposable[] = [];
  private toldAboutTrust = false;
  /** Fires after a folder's policy in force changed (file edited, created, deleted, trust granted). */
  readonly onDidChange = this.changed.event;
  /** Resolves when every folder's policy file has been read once. */
  readonly ready: Promise<void>;

  constructor(private readonly log: Log) {
    this.disposables.push(
      this.diagnostics,
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.removeFolder(folder);
        for (const folder of event.added) void this.addFolder(folder);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.log.info('workspace trusted: custom rules and team lessons are on');
        for (const state of this.states.values()) void this.reload(state.folder);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        const folder = this.folderOfPolicyFile(document.uri);
        if (folder) this.scheduleReload(folder);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.folderOfPolicyFile(event.document.uri)) this.scheduleValidate(event.document);
      }),
    );
    this.ready = Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.addFolder(folder))).then(() => undefined);
  }

  /** The policy in force for a document: its workspace folder's, or the first folder's for files outside any. */
  policyFor(uri?: vscode.Uri): Policy {
    return this.stateFor(uri)?.policy ?? DEFAULT_POLICY;
  }

  stateFor(uri?: vscode.Uri): FolderPolicy | undefined {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? this.states.get(folder.uri.toString()) : undefined;
  }

  allStates(): FolderPolicy[] {
    return [...this.states.values()];
  }

  /** The folder whose root policy file this is, if it is one. */
  folderOfPolicyFile(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    if (!uri.path.endsWith(`/${POLICY_FILE_NAME}`)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && policyUriOf(folder).toString() === uri.toString() ? folder : undefined;
  }

  private async addFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, POLICY_FILE_NAME));
    watcher.onDidCreate(() => this.scheduleReload(folder));
    watcher.onDidChange(() => this.scheduleReload(folder));
    watcher.onDidDelete(() => this.scheduleReload(folder));
    this.watchers.set(key, watcher);
    await this.reload(folder);
  }

  private removeFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.states.delete(key);
    this.filePolicies.delete(key);
    this.diagnostics.delete(policyUriOf(folder));
  }

  private scheduleReload(folder: vscode.WorkspaceFolder): void {
    const key = `reload:${folder.uri.toString()}`;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.reload(folder);
    }, RELOAD_DELAY_MS));
  }

  /** Live problems while the file is edited (before it is saved); the policy itself changes on save. */
  private scheduleValidate(document: vscode.TextDocument): void {
    const key = `validate:${document.uri.toString()}`;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed) return;
      const folder = this.folderOfPolicyFile(document.uri);
      const result = parsePolicy(document.getText(), document.uri.fsPath, folder ? parseOptions(folder) : {});
      this.showProblems(document.uri, document.getText(), result.ok ? { errors: [], warnings: result.warnings } : { errors: result.errors, warnings: [] });
    }, VALIDATE_DELAY_MS));
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const policyUri = policyUriOf(folder);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(policyUri));
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
        this.log.warn(`cannot read ${POLICY_FILE_NAME} in ${folder.name}: ${(error as Error).message}`);
      }
    }
    const previous = this.states.get(key);
    let errors: PolicyError[] = [];
    let warnings: PolicyError[] = [];
    let filePolicy: Policy;
    if (text === undefined) {
      filePolicy = DEFAULT_POLICY;
      this.diagnostics.delete(policyUri);
    } else {
      const result = parsePolicy(text, policyUri.fsPath, parseOptions(folder));
      if (result.ok) {
        filePolicy = result.policy;
        warnings = result.warnings;
      } else {
        errors = result.errors;
        filePolicy = this.filePolicies.get(key) ?? DEFAULT_POLICY;
      }
      this.showProblems(policyUri, text, { errors, warnings });
    }
    this.filePolicies.set(key, filePolicy);

    const trusted = vscode.workspace.isTrusted;
    const policy = trusted ? filePolicy : untrustedPolicy(filePolicy);
    const lessonsDir = trusted && text !== undefined && policyUri.scheme === 'file'
      ? resolveLessonsDir(filePolicy, policyUri.fsPath, lessonsBound(folder))
      : undefined;
    const state: FolderPolicy = { folder, policyUri, exists: text !== undefined, policy, lessonsDir, errors, restricted: trusted ? [] : untrustedDrops(filePolicy) };
    this.states.set(key, state);

    const where = `${POLICY_FILE_NAME} in ${folder.name}`;
    if (errors.length > 0) {
      this.log.warn(`${where}: ${errors.length} problem(s); ${this.filePolicies.has(key) && filePolicy !== DEFAULT_POLICY ? 'the last good policy stays in force' : 'the default policy is in force'}`);
      if (!previous || previous.errors.length === 0) {
        void vscode.window.showWarningMessage(
          `Security Coach: ${POLICY_FILE_NAME} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; the last valid policy stays in force until it is fixed.`,
        );
      }
    } else if (text !== undefined) {
      this.log.info(`${where}: loaded (${policy.customRules.length} custom rule(s), ${Object.keys(policy.rules).length} rule setting(s)${state.restricted.length > 0 ? `; off, the workspace not being trusted: ${state.restricted.join(', ')}` : ''})`);
    } else if (previous?.exists) {
      this.log.info(`${where}: removed; the default policy is in force`);
    }
    if (state.restricted.length > 0) this.explainRestriction(state.restricted);
    if (previous) this.changed.fire(state);
  }

  /** Errors keep the file from loading; warnings (old rule ids) load but should be rewritten. */
  private showProblems(uri: vscode.Uri, text: string, problems: { errors: PolicyError[]; warnings: PolicyError[] }): void {
    const positionAt = positionFinder(text);
    const toDiagnostic = (problem: PolicyError, severity: vscode.DiagnosticSeverity) => {
      const start = positionAt(problem.offset);
      const end = positionAt(problem.offset + Math.max(problem.length, 0));
      const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), problem.message, severity);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'policy';
      return diagnostic;
    };
    this.diagnostics.set(uri, [
      ...problems.errors.map((error) => toDiagnostic(error, vscode.DiagnosticSeverity.Error)),
      ...problems.warnings.map((warning) => toDiagnostic(warning, vscode.DiagnosticSeverity.Warning)),
    ]);
  }

  private explainRestriction(dropped: readonly string[]): void {
    if (this.toldAboutTrust) return;
    this.toldAboutTrust = true;
    this.log.info(`workspace not trusted: built-in rules run with their defaults; the policy file's ${dropped.join(', ')} do not apply`);
    void vscode.window
      .showInformationMessage(
        `Security Coach: this workspace is in Restricted Mode, so the ${joinWords(dropped)} in ${POLICY_FILE_NAME} are off (they come from the repository). Built-in rules and lessons still run.`,
        'Manage Workspace Trust',
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
      });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const watcher of this.watchers.values()) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Team lessons are files on this machine: their folder is checked only for folders on disk. In an untrusted
 * workspace custom rules never run, so they are not compiled or tried on their examples either.
 */
function parseOptions(folder: vscode.WorkspaceFolder): ParsePolicyOptions {
  return { trusted: vscode.workspace.isTrusted, ...(folder.uri.scheme === 'file' ? { workspaceRoot: lessonsBound(folder) } : {}) };
}

/** Where team lessons may live: anywhere in the folder's repository, as the CLI allows, else in the folder. */
function lessonsBound(folder: vscode.WorkspaceFolder): string {
  return repositoryTop(folder.uri.fsPath) ?? folder.uri.fsPath;
}

export function policyUriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME);
}

/** Offset -> position in `text`, without a document (the file may be closed). */
export function positionFinder(text: string): (offset: number) => vscode.Position {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, clamped - starts[lo]);
  };
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
