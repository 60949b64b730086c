// The policy's glob lists (`ignore`, `testCode.paths`, a rule setting's `ignore`) as path predicates.
import { createGlobMatcher } from './glob';
import type { Policy } from './policy/schema';

// A policy's glob lists do not change once loaded, so each is compiled into a matcher once.
const matchers = new WeakMap<readonly string[], (relativePath: string) => boolean>();

function matcherOf(globs: readonly string[]): (relativePath: string) => boolean {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = createGlobMatcher(globs);
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

/** The rules the policy turns off for this path (relative to the policy's folder), by their settings' `ignore` globs. */
export function rulesIgnoredAt(policy: Policy, relativePath: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const [id, setting] of Object.entries(policy.rules)) {
    if (typeof setting === 'object' && setting.ignore && matcherOf(setting.ignore)(relativePath)) ids.add(id);
  }
  return ids;
}
