// Gitignore-style path matching, for the policy's `ignore` and `testCode.paths` globs and for .gitignore files.
import ignore from 'ignore';
import type { Policy } from './policy/schema';

/** A predicate over slash-separated paths relative to the folder the patterns belong to. */
export function createIgnoreMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const matcher = ignore({ allowRelativePaths: true }).add([...patterns]);
  return (relativePath) => {
    const normalized = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    return normalized.length > 0 && !normalized.startsWith('../') && matcher.ignores(normalized);
  };
}

const testCodeMatchers = new WeakMap<Policy, (relativePath: string) => boolean>();

/** True when the policy's `testCode.paths` name this path (relative to the policy's folder): test, fixture or example code. */
export function isTestCode(policy: Policy, relativePath: string): boolean {
  let matcher = testCodeMatchers.get(policy);
  if (!matcher) {
    matcher = createIgnoreMatcher(policy.testCode.paths);
    testCodeMatchers.set(policy, matcher);
  }
  return matcher(relativePath);
}
