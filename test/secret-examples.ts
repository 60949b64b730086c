// The secret values in the secret rules' bad examples, for the tests that check no output ever shows one.
import { BUILTIN_RULES } from '../src/engine/rules';
import { compilePattern } from '../src/engine/regex';

export interface SecretExample {
  ruleId: string;
  example: string;
  /** What a pattern captures: its `secret` group, or the whole match. */
  value: string;
}

/** One entry per secret rule, bad example and pattern that captures a value no `unlessMatch` cancels. */
export function secretExamples(): SecretExample[] {
  const found: SecretExample[] = [];
  for (const rule of BUILTIN_RULES.filter((r) => r.secret)) {
    const compile = (source: string) => compilePattern(source, rule.ignoreCase ?? false, 'builtin');
    const cancels = (rule.unlessMatch ?? []).map(compile);
    const patterns = rule.patterns.map(compile);
    for (const example of rule.examples.bad) {
      for (const pattern of patterns) {
        const hit = pattern.execFrom(example, 0);
        const value = hit?.secret?.text ?? hit?.text;
        if (value && !cancels.some((cancel) => cancel.test(value))) found.push({ ruleId: rule.id, example, value });
      }
    }
  }
  return found;
}
