// The single registry of built-in rules, sorted by id. Ids are unique and public (checked by test/meta).
import type { RuleSpec } from '../types';
import { COACH_RULES } from './coach';
import { JAVASCRIPT_RULES } from './javascript';

export const BUILTIN_RULES: readonly RuleSpec[] = Object.freeze(
  [...COACH_RULES, ...JAVASCRIPT_RULES].sort((a, b) => a.id.localeCompare(b.id)),
);

/** Looks a built-in rule up by id. */
export function builtinRule(id: string): RuleSpec | undefined {
  return BUILTIN_RULES.find((rule) => rule.id === id);
}
