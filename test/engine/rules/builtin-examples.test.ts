// Every built-in rule through the rule tester: its inline examples plus the extra cases its family file adds.
import { BUILTIN_RULES } from '../../../src/engine/rules';
import { testRule, type RuleCases } from '../../rule-tester';
import { EXTRA_CASES } from './cases';

describe('built-in rules', () => {
  it('every extra case names a built-in rule', () => {
    const unknown = Object.keys(EXTRA_CASES).filter((id) => !BUILTIN_RULES.some((rule) => rule.id === id));
    if (unknown.length > 0) throw new Error(`extra cases for unknown rules: ${unknown.join(', ')}`);
  });
  for (const rule of BUILTIN_RULES) testRule(rule, (EXTRA_CASES as Record<string, RuleCases>)[rule.id]);
});
