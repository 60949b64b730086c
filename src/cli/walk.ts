// Finds the files a CLI scan covers: never follows symlinks, honours .gitignore files on the way down (and those
// above a scanned folder, up to its repository's top), and skips version-control and dependency folders.
import fs from 'node:fs';
import path from 'node:path';
import { createGlobMatcher } from '../engine/glob';
import { byCodeUnits } from '../engine/code-unit-order';

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
  ignores: (relativePath: string) => boolean;
}

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
  if (stat.isDirectory()) walkDir(root, gitignoresAbove(root), files, notes);
  // A pipe or device would block the read or never end; inside folders such entries are passed over silently.
  else notes.push({ file: root, reason: 'skipped: not a regular file or folder' });
  return files;
}

/**
 * The .gitignore files of the folders above `dir`, outermost first, up to the top of the git repository `dir` is in
 * (a folder holding `.git`): scanning `src` of a repository whose top .gitignore lists `src/generated/` skips it,
 * as git does. Outside a repository no folder above is read: a .gitignore there belongs to something else.
 */
function gitignoresAbove(dir: string): GitignoreLayer[] {
  const above: string[] = [];
  for (let folder = dir; !fs.existsSync(path.join(folder, '.git')); ) {
    const parent = path.dirname(folder);
    if (parent === folder) return [];
    above.unshift(parent);
    folder = parent;
  }
  return above.flatMap((folder) => {
    const file = path.join(folder, '.gitignore');
    const isFile = fs.lstatSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
    return isFile ? [gitignoreLayer(folder)] : [];
  });
}

function gitignoreLayer(dir: string): GitignoreLayer {
  return { dir, ignores: createGlobMatcher(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8').split(/\r?\n/)) };
}

function walkDir(dir: string, layers: GitignoreLayer[], files: string[], notes: WalkNote[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
  } catch (error) {
    notes.push({ file: dir, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  const here = [...layers];
  if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
    here.push(gitignoreLayer(dir));
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
    if (here.some((layer) => layer.ignores(path.relative(layer.dir, full).split(path.sep).join('/') + (isDir ? '/' : '')))) continue;
    if (entry.isSymbolicLink()) {
      notes.push({ file: full, reason: 'skipped: a symbolic link (links are never followed)' });
    } else if (isDir) {
      walkDir(full, here, files, notes);
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
}
