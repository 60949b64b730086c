// File-system paths, as the CLI and the policy loader compare them.
import path from 'node:path';

/** Whether `file` lies inside `folder` (or is it): `..gen/a.js` is inside, `../a.js` and `..` are not. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
