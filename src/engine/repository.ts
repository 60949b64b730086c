// Where the git repository holding a folder starts: the bound for what is read above a scanned or opened folder.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree or submodule), or
 * undefined outside a repository. `known` remembers the answer for every folder passed on the way up.
 */
export function repositoryTop(dir: string, known?: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let top: string | undefined;
  for (let folder = path.resolve(dir); ; ) {
    if (known?.has(folder)) {
      top = known.get(folder);
      break;
    }
    visited.push(folder);
    if (fs.existsSync(path.join(folder, '.git'))) {
      top = folder;
      break;
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const folder of visited) known?.set(folder, top);
  return top;
}
