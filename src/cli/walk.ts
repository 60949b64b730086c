// Finds the files a CLI scan covers: never follows symlinks, honours .gitignore files on the way down (and those
// above a scanned folder, up to its repository's top), and skips version-control and dependency folders.
import fs from 'node:fs';
import path from 'node:path';
import { createGlobVerdict } from '../engine/glob';
import { byCodeUnits } from '../engine/code-unit-order';
import { repositoryTop } from '../engine/repository';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.next', '.cache']);

export interface WalkedFile {
  file: string;
}

export interface WalkNote {
  file: string;
  reason: string;
}

interface GitignoreLayer {
  dir: string;
  /** What this .gitignore says of a path relative to its folder: see createGlobVerdict. */
  verdict: (relativePath: string, options?: { includedFolders?: number }) => boolean | undefined;
  /**
   * For a .gitignore above the scanned folder: how many folders deep that folder lies below this one. A folder named
   * for a scan is scanned even where this file excludes it (as a file named for a scan is), so only the paths below
   * it are tested.
   */
  scannedFolderDepth?: number;
}

// Git matches .gitignore patterns ignoring case where the file system does (core.ignoreCase, set by `git init`
// there): on Windows and macOS.
const GIT_IGNORES_CASE = process.platform === 'win32' || process.platform === 'darwin';

/** Every regular file under `root` (or `root` itself) that no .gitignore on its path excludes. */
export function walkFiles(root: string, notes: WalkNote[]): string[] {
  const files: string[] = [];
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(root);
  } catch (error) {
    notes.push({ file: root, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return files;
  }
  if (stat.isSymbolicLink()) {
    notes.push({ file: root, reason: 'skipped: a symbolic link (links are never followed)' });
    return files;
  }
  if (stat.isFile()) return [root];
  if (stat.isDirectory()) {
    const ignored = { count: 0 };
    walkDir(root, gitignoresAbove(root, notes), files, notes, ignored);
    // A folder named for a scan that yields nothing says why rather than pass as a clean scan.
    if (files.length === 0 && ignored.count > 0) notes.push({ file: root, reason: 'nothing scanned: .gitignore excludes everything in it (name a file inside it to scan that file)' });
  }
  // A pipe or device would block the read or never end; inside folders such entries are passed over silently.
  else notes.push({ file: root, reason: 'skipped: not a regular file or folder' });
  return files;
}

/**
 * The .gitignore files of the folders above `dir`, outermost first, up to the top of the git repository `dir` is in
 * (a folder holding `.git`): scanning `src` of a repository whose top .gitignore lists `src/generated/` skips it,
 * as git does. Outside a repository no folder above is read: a .gitignore there belongs to something else.
 */
function gitignoresAbove(dir: string, notes: WalkNote[]): GitignoreLayer[] {
  const top = repositoryTop(dir);
  if (top === undefined) return [];
  const above: string[] = [];
  for (let folder = path.resolve(dir); folder !== top; folder = path.dirname(folder)) above.unshift(path.dirname(folder));
  return above.flatMap((folder) => {
    const isFile = fs.lstatSync(path.join(folder, '.gitignore'), { throwIfNoEntry: false })?.isFile() ?? false;
    const scannedFolderDepth = path.relative(folder, dir).split(path.sep).length;
    return isFile ? gitignoreLayer(folder, notes).map((layer) => ({ ...layer, scannedFolderDepth })) : [];
  });
}

/** The folder's .gitignore as a layer; one that cannot be read is noted and passed over, as git warns and goes on. */
function gitignoreLayer(dir: string, notes: WalkNote[]): GitignoreLayer[] {
  const file = path.join(dir, '.gitignore');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    notes.push({ file, reason: `cannot read, so its patterns are not applied: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return [];
  }
  // A byte-order mark, which some Windows editors write, is not part of the first pattern (git drops it too).
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return [{ dir, verdict: createGlobVerdict(lines, { ignoreCase: GIT_IGNORES_CASE }) }];
}

/** Whether the .gitignore files on a path exclude it: the deepest one that speaks of it decides. */
function isGitIgnored(layers: readonly GitignoreLayer[], full: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const verdict = layers[i].verdict(path.relative(layers[i].dir, full).split(path.sep).join('/') + (isDir ? '/' : ''), { includedFolders: layers[i].scannedFolderDepth });
    if (verdict !== undefined) return verdict;
  }
  return false;
}

function walkDir(dir: string, layers: GitignoreLayer[], files: string[], notes: WalkNote[], ignored: { count: number }): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
  } catch (error) {
    notes.push({ file: dir, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  const here = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? [...layers, ...gitignoreLayer(dir, notes)] : layers;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
    if (isGitIgnored(here, full, isDir)) {
      ignored.count++;
      continue;
    }
    // Node reads a name that is not UTF-8 with replacement characters, under which the file cannot be opened.
    if (entry.name.includes('\uFFFD') && !fs.existsSync(full)) {
      notes.push({ file: full, reason: 'skipped: its name is not valid UTF-8, so it cannot be opened by name (rename it to scan it)' });
    } else if (entry.isSymbolicLink()) {
      notes.push({ file: full, reason: 'skipped: a symbolic link (links are never followed)' });
    } else if (isDir) {
      walkDir(full, here, files, notes, ignored);
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
}
