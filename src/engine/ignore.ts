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

// A policy's glob lists do not change once loaded, so each is compiled into a matcher once.
const matchers = new WeakMap<readonly string[], (relativePath: string) => boolean>();

function matcherOf(globs: readonly string[]): (relativePath: string) => boolean {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = createIgnoreMatcher(globs);
    matchers.set(globs, matcher);
  }
  return matcher;
}

/** True when the policy's `ignore` globs name this path (relative to the policy's folder): it is never scanned. */
export function isIgnoredByPolicy(policy: Policy, relativePath: string): boolean {
  return matcherOf(policy.ignore)(relativePath);
}

/** True when the policy's `testCode.paths` name this path (relative to the policy's folder): test, fixture or example code. */
export function isTestCode(policy: Policy, relativePath: string): boolean {
  return matcherOf(policy.testCode.paths)(relativePath);
}
