// The CLI's scan: files -> findings, with the nearest policy per file, its ignores, and skip notes.
import fs from 'node:fs';
import path from 'node:path';
import { findPolicyFile, loadPolicyFile, resolveLessonsDir, type PolicyError } from '../engine/policy/load';
import { DEFAULT_POLICY, type Policy } from '../engine/policy/schema';
import { isIgnoredByPolicy, isTestCode, rulesIgnoredAt } from '../engine/ignore';
import { skipReason } from '../engine/guards';
import { languageForPath } from '../engine/languages';
import { isInside } from '../engine/paths';
import { MATCHES_PER_RULE_MAX, runsSecretRulesOnly, scan } from '../engine/scanner';
import { SEVERITY_RANK, type Severity } from '../engine/rule-schema';
import type { Finding } from '../engine/types';
import { repositoryTop } from '../engine/repository';
import { walkFiles, type WalkNote } from './walk';

export interface FileFindings {
  /** Path as given on the command line's terms: relative to the working directory where possible. */
  file: string;
  findings: Finding[];
}

export interface ScanReport {
  results: FileFindings[];
  notes: WalkNote[];
  filesScanned: number;
  /** Of those, test, fixture and example files on which only secret and artifact rules ran (the policy's testCode). */
  secretsOnlyFiles: number;
  linesScanned: number;
  /** Team lessons folders of the policies used (for lesson lookups in the output). */
  lessonsDirs: string[];
  /** What the policies used load with but should say differently (old rule ids), once per policy file. */
  policyWarnings: PolicyError[];
}

/** `file:line:column: message`, as compilers write it, so terminals and CI logs link to the place. */
export const locatedMessage = (e: PolicyError) => `${e.file}:${e.line}:${e.column}: ${e.message}`;

export class PolicyLoadError extends Error {
  constructor(readonly errors: PolicyError[]) {
    super(errors.map(locatedMessage).join('\n'));
  }
}

interface LoadedPolicy {
  policy: Policy;
  /** Folder the policy's globs are relative to: the policy file's own; none for the default policy. */
  root?: string;
}

export interface ScanFilesOptions {
  policyFile?: string;
  minSeverity?: Severity;
  cwd: string;
  /** The report this run writes (--output): a report from an earlier run is no code to scan. */
  outputFile?: string;
}

/** A policy file's policy, its team lessons folder and its warnings. Throws PolicyLoadError when it is invalid. */
export function readPolicy(file: string, topOf: (dir: string) => string | undefined = repositoryTop): { policy: Policy; lessonsDir?: string; warnings: PolicyError[] } {
  const root = path.dirname(path.resolve(file));
  // Team lessons may live anywhere in the policy's repository (docs/security-lessons beside services/api/).
  const workspaceRoot = topOf(root) ?? root;
  const result = loadPolicyFile(file, { workspaceRoot });
  if (!result.ok) throw new PolicyLoadError(result.errors);
  return { policy: result.policy, lessonsDir: resolveLessonsDir(result.policy, file, workspaceRoot), warnings: result.warnings };
}

/** The policy file that governs `dir`: the nearest one above it, up to its repository's top. */
export function nearestPolicyFile(dir: string, topOf: (dir: string) => string | undefined = repositoryTop, known?: Map<string, string | undefined>): string | undefined {
  return findPolicyFile(dir, topOf(dir), known);
}

/** Scans every file under `paths`. Throws PolicyLoadError when a policy file is invalid (exit code 2). */
export function scanFiles(paths: string[], options: ScanFilesOptions): ScanReport {
  const report: ScanReport = { results: [], notes: [], filesScanned: 0, secretsOnlyFiles: 0, linesScanned: 0, lessonsDirs: [], policyWarnings: [] };
  const byPolicyFile = new Map<string, LoadedPolicy>();
  const lessonsDirs = new Set<string>();
  // Folders' repository tops, found once per folder: they bound the policy search and team lessons, and anchor globs.
  const repositoryTopOfDir = new Map<string, string | undefined>();
  const topOf = (dir: string) => repositoryTop(dir, repositoryTopOfDir);
  const load = (file: string | undefined): LoadedPolicy => {
    if (file === undefined) return { policy: DEFAULT_POLICY };
    const cached = byPolicyFile.get(file);
    if (cached) return cached;
    const { policy, lessonsDir, warnings } = readPolicy(file, topOf);
    report.policyWarnings.push(...warnings);
    if (lessonsDir) lessonsDirs.add(lessonsDir);
    const loaded = { policy, root: path.dirname(path.resolve(file)) };
    byPolicyFile.set(file, loaded);
    return loaded;
  };

  // A policy named on the command line is read first: when it is missing or invalid the scan must fail (exit 2),
  // even when no file would have needed it, rather than pass as a clean scan under the default policy.
  const policyFile = options.policyFile === undefined ? undefined : path.resolve(options.cwd, options.policyFile);
  if (policyFile) load(policyFile);

  // Files in one folder, and folders under one parent, share the answer: each folder is looked at once. The search
  // stops at the repository's top: a stray policy in a runner's work folder or a home folder is not the team's.
  const policyFileOfDir = new Map<string, string | undefined>();
  const policyFileOf = (dir: string) => nearestPolicyFile(dir, topOf, policyFileOfDir);

  const display = (file: string) => (isInside(options.cwd, file) ? path.relative(options.cwd, file) : file).split(path.sep).join('/');
  // Paths that overlap (`scan . src/app.js`, the same path twice) would report a file twice, as two alerts in CI.
  const seen = new Set<string>();
  for (const target of paths) {
    const absolute = path.resolve(options.cwd, target);
    const isDir = fs.existsSync(absolute) && fs.lstatSync(absolute).isDirectory();
    const notes: WalkNote[] = [];
    const scanRoot = isDir ? absolute : path.dirname(absolute);
    let ignoredByPolicy = 0;
    let notIgnored = 0;
    for (const file of walkFiles(absolute, notes)) {
      if (file === options.outputFile || seen.has(file)) continue;
      seen.add(file);
      const { policy, root } = load(policyFile ?? policyFileOf(path.dirname(file)));
      // Globs are relative to the policy's folder. For a file outside it (the default policy, or a --policy kept
      // elsewhere, as CI setups share one) they are relative to the file's repository top, else the working folder,
      // else the folder scanned: one answer for a file however the command line names it.
      const base = root !== undefined && isInside(root, file) ? root : (topOf(path.dirname(file)) ?? (isInside(options.cwd, file) ? options.cwd : scanRoot));
      const relativeToPolicy = path.relative(base, file).split(path.sep).join('/');
      if (isIgnoredByPolicy(policy, relativeToPolicy)) {
        // Passed over in silence inside a folder; a file named for the scan says why nothing was reported.
        if (file === absolute) notes.push({ file, reason: "skipped: the policy's ignore globs exclude it" });
        ignoredByPolicy++;
        continue;
      }
      notIgnored++;
      // A .gitignore that cannot be read was noted when the walk met it: its own scan fails the same way.
      const note = (reason: string) => {
        if (!(reason.startsWith('cannot read') && notes.some((n) => n.file === file && n.reason.startsWith('cannot read')))) notes.push({ file, reason });
      };
      const findings = scanOneFile(file, relativeToPolicy, policy, options.minSeverity, note, report, file === absolute);
      if (findings.length > 0) report.results.push({ file: display(file), findings });
    }
    // A folder named for the scan that the policy empties says so, as one that .gitignore empties does.
    if (isDir && notIgnored === 0 && ignoredByPolicy > 0) notes.push({ file: absolute, reason: "nothing scanned: the policy's ignore globs exclude everything in it" });
    report.notes.push(...notes.map((note) => ({ file: display(note.file), reason: note.reason })));
  }
  report.lessonsDirs = [...lessonsDirs];
  return report;
}

function scanOneFile(
  file: string,
  relativePath: string,
  policy: Policy,
  minSeverity: Severity | undefined,
  note: (reason: string) => void,
  report: ScanReport,
  named: boolean,
): Finding[] {
  let read: BoundedRead;
  try {
    read = readAtMost(file, policy.maxFileBytes);
  } catch (error) {
    note(`cannot read: ${(error as Error).message}`);
    return [];
  }
  if ('overBytes' in read) {
    note(`skipped: ${read.overBytes} bytes is over the ${policy.maxFileBytes}-byte limit (maxFileBytes)`);
    return [];
  }
  const { text } = read;
  const skip = skipReason(text, { path: relativePath, maxBytes: policy.maxFileBytes, wholeFile: true });
  if (skip) {
    // Every scan of a repository meets its policy file: only one named for the scan is worth a note.
    if (skip.code !== 'policy' || named) note(skip.message);
    return [];
  }
  const target = { languageId: languageForPath(file), path: relativePath, testCode: isTestCode(policy, relativePath), rulesOff: rulesIgnoredAt(policy, relativePath) };
  report.filesScanned++;
  if (runsSecretRulesOnly(target, policy)) report.secretsOnlyFiles++;
  report.linesScanned += countLines(text);
  const findings = scan(text, target, policy);
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  const capped = [...perRule].filter(([, count]) => count >= MATCHES_PER_RULE_MAX).map(([ruleId]) => ruleId);
  if (capped.length > 0) note(`partly reported: a rule reports at most ${MATCHES_PER_RULE_MAX} findings in a file, and ${capped.join(', ')} reached that`);
  return minSeverity ? findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minSeverity]) : findings;
}

type BoundedRead = { text: string } | { overBytes: number };

/** Read buffer shared by every file of a scan: it grows to the largest file read, which maxFileBytes bounds. */
let readBuffer = Buffer.allocUnsafe(1 << 16);

/**
 * A file's text, or its size when that is over `maxBytes`, found by reading one byte past the limit: one open and
 * read into a reused buffer cost about half of a stat call followed by readFileSync, per file.
 */
function readAtMost(file: string, maxBytes: number): BoundedRead {
  const fd = fs.openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(2 * readBuffer.length, maxBytes + 1));
        readBuffer.copy(grown, 0, 0, length);
        readBuffer = grown;
      }
      const bytesRead = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (bytesRead === 0) return { text: decode(readBuffer.subarray(0, length)) };
      length += bytesRead;
      if (length > maxBytes) return { overBytes: fs.fstatSync(fd).size };
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * UTF-8, or UTF-16 when a byte-order mark says so (Windows tools write PowerShell scripts and config files that way;
 * read as UTF-8 they would look binary). A mark is dropped, as editors do, so columns match theirs.
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  const hasUtf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', hasUtf8Mark ? 3 : 0);
}

/** Lines as editors count them: a final line break ends the last line rather than starting one; an empty file has none. */
function countLines(text: string): number {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
