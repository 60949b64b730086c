// Gitignore-style path matching, for the policy's `ignore` globs and for .gitignore files.
import ignore from 'ignore';

/** A predicate over slash-separated paths relative to the folder the patterns belong to. */
export function createIgnoreMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const matcher = ignore({ allowRelativePaths: true }).add([...patterns]);
  return (relativePath) => {
    const normalized = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    return normalized.length > 0 && !normalized.startsWith('../') && matcher.ignores(normalized);
  };
}
