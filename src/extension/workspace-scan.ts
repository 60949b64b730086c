// Scan Workspace: every file of every folder once, with cancellable progress, honouring the policy's ignore
// globs and the engine's skip reasons (binary, too large, minified, generated). Results become diagnostics.
import * as vscode from 'vscode';
import { languageForPath, skipReason, type SkipReason } from '../engine';
import { scanInChunks, unsplittable } from './chunked-scan';
import { describeError, describeUri, type Log } from './output';
import type { PolicyWatcher } from './policy-watcher';
import { documentLength, openDocument, type ScanService } from './scan-service';

/** Dependencies, VCS data and build output: not the team's code (generated copies would repeat its findings). */
const ALWAYS_EXCLUDED = ['node_modules', '.git', '.hg', '.svn', 'bower_components', '.venv', 'venv', '__pycache__', '.tox', 'dist', 'out',
  'build', 'target', 'coverage', '.next', '.nuxt', '.gradle', '.vscode-test'].map((folder) => `**/${folder}/**`);
const MAX_FILES = 50_000;
/** Give the host back this often (ms) while scanning. */
const SLICE_MS = 25;

export interface WorkspaceScanSummary {
  files: number;
  scanned: number;
  findings: number;
  filesWithFindings: number;
  skipped: Partial<Record<SkipReason['code'], number>>;
  cancelled: boolean;
  durationMs: number;
}

export async function scanWorkspace(scans: ScanService, policies: PolicyWatcher, log: Log): Promise<WorkspaceScanSummary> {
  const started = Date.now();
  const summary: WorkspaceScanSummary = { files: 0, scanned: 0, findings: 0, filesWithFindings: 0, skipped: {}, cancelled: false, durationMs: 0 };
  await policies.ready;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Security Coach: scanning the workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*', excludeGlob(), MAX_FILES, token);
      summary.files = files.length;
      let sliceStart = Date.now();
      for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        if (i % 25 === 0) progress.report({ message: `${i} of ${files.length} files`, increment: (25 / Math.max(files.length, 1)) * 100 });
        try {
          await scanOne(files[i], scans, policies, summary);
        } catch (error) {
          log.warn(`scan of ${describeUri(files[i])} failed: ${describeError(error)}`);
        }
        if (Date.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = Date.now();
        }
      }
    },
  );
  summary.durationMs = Date.now() - started;
  const skipped = Object.entries(summary.skipped).map(([code, n]) => `${n} ${code}`).join(', ');
  log.info(`workspace scan${summary.cancelled ? ' (cancelled)' : ''}: ${summary.scanned} of ${summary.files} files scanned in ${summary.durationMs} ms, ${summary.findings} finding(s) in ${summary.filesWithFindings} file(s)${skipped ? `; skipped: ${skipped}` : ''}`);
  return summary;
}

/** The always-excluded folders plus the user's `files.exclude` and `search.exclude` globs. */
function excludeGlob(): string {
  const fromSettings = (key: string) => Object.entries(vscode.workspace.getConfiguration().get<Record<string, unknown>>(key) ?? {})
    .filter(([glob, on]) => on === true && !/[{}]/.test(glob))
    .map(([glob]) => glob);
  return `{${[...new Set([...ALWAYS_EXCLUDED, ...fromSettings('files.exclude'), ...fromSettings('search.exclude')])].join(',')}}`;
}

async function scanOne(uri: vscode.Uri, scans: ScanService, policies: PolicyWatcher, summary: WorkspaceScanSummary): Promise<void> {
  const policy = policies.policyFor(uri);
  const skip = (reason: SkipReason) => {
    summary.skipped[reason.code] = (summary.skipped[reason.code] ?? 0) + 1;
  };
  if (scans.isIgnored(uri, policy)) return skip({ code: 'ignored', message: 'ignored by the policy' });
  const path = uri.fsPath;
  // Binary and generated files by name, before reading them.
  const byName = skipReason('', { path, maxBytes: policy.maxFileBytes, wholeFile: false });
  if (byName) return skip(byName);
  const open = openDocument(uri);
  let text: string;
  if (open) {
    if (documentLength(open) > policy.maxFileBytes) return skip({ code: 'too-large', message: 'too large' }); // without joining its text
    text = open.getText();
  } else {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > policy.maxFileBytes) return skip({ code: 'too-large', message: 'too large' });
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return skip({ code: 'binary', message: 'binary' });
    text = new TextDecoder('utf-8').decode(bytes);
  }
  const reason = skipReason(text, { path, maxBytes: policy.maxFileBytes, wholeFile: true }) ?? unsplittable(text, { start: 0, end: text.length });
  const languageId = open?.languageId ?? languageForPath(path);
  if (reason) {
    skip(reason);
    scans.setFileResult({ uri, text, languageId, version: open?.version }, [], reason);
    return;
  }
  const version = open?.version;
  const result = await scanInChunks(text, scans.fileTarget(uri, languageId, policy), { start: 0, end: text.length }, policy, () => open !== undefined && (open.isClosed || open.version !== version));
  if (result === 'stale') return;
  const findings = result;
  summary.scanned++;
  summary.findings += findings.length;
  if (findings.length > 0) summary.filesWithFindings++;
  scans.setFileResult({ uri, text, languageId, version }, findings, undefined);
}
