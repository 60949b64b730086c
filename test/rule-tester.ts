// Turns rule cases into mocha tests: a valid case must give no finding of the rule, an invalid case exactly
// the expected ones. Seeded from each rule's inline examples; families add cases of their own.
import assert from 'node:assert/strict';
import { scan } from '../src/engine/scanner';
import { DEFAULT_POLICY, type Policy } from '../src/engine/policy/schema';
import type { RuleSpec } from '../src/engine/types';

export interface InvalidCase {
  code: string;
  /** Language to scan as; defaults to the rule's first language (or plaintext for '*'). */
  languageId?: string;
  path?: string;
  /** Expected findings of this rule: 1-based line and column of each start. Defaults to exactly one finding. */
  findings?: { line: number; column?: number; endColumn?: number }[];
}
export interface ValidCase {
  code: string;
  languageId?: string;
  path?: string;
}

/** A policy that enables every rule (including low-confidence ones) so each can be tested alone. */
export const ALL_RULES_POLICY: Policy = { ...DEFAULT_POLICY, minConfidence: 'low', minSeverity: 'info' };

export function defaultLanguage(rule: RuleSpec): string {
  return rule.languages[0] === '*' ? 'plaintext' : rule.languages[0];
}

export function findingsOf(rule: RuleSpec, code: string, languageId: string, path?: string, policy: Policy = ALL_RULES_POLICY) {
  return scan(code, { languageId, path }, policy, { now: new Date('2026-06-01T00:00:00Z') }).filter((f) => f.ruleId === rule.id);
}

export interface RuleCases {
  valid?: (string | ValidCase)[];
  invalid?: (string | InvalidCase)[];
}

/** Tests a rule's inline examples plus `extra` cases (family test files pass their realistic multi-line ones). */
export function testRule(rule: RuleSpec, extra: RuleCases = {}): void {
  testCases(rule, {
    valid: [...rule.examples.good, ...(extra.valid ?? [])],
    invalid: [...rule.examples.bad, ...(extra.invalid ?? [])],
  });
}

/** Registers `describe(rule.id)` with one `it` per case. Fails on duplicates and on a rule without both kinds. */
function testCases(rule: RuleSpec, cases: RuleCases): void {
  const valid = (cases.valid ?? []).map((c) => (typeof c === 'string' ? { code: c } : c));
  const invalid = (cases.invalid ?? []).map((c) => (typeof c === 'string' ? { code: c } : c));
  describe(rule.id, () => {
    it('has at least one invalid and one near-miss valid case, none duplicated', () => {
      assert.ok(invalid.length > 0, 'no invalid case');
      assert.ok(valid.length > 0, 'no valid (near-miss) case');
      const codes = [...valid, ...invalid].map((c) => `${c.languageId ?? ''}\u0000${c.code}`);
      assert.equal(new Set(codes).size, codes.length, 'duplicate case');
    });
    for (const c of valid) {
      it(`valid: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
        const found = findingsOf(rule, c.code, c.languageId ?? defaultLanguage(rule), c.path);
        assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.snippet}`), [], 'expected no finding');
      });
    }
    for (const c of invalid) {
      it(`invalid: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
        const found = findingsOf(rule, c.code, c.languageId ?? defaultLanguage(rule), c.path);
        if (c.findings) {
          assert.deepEqual(
            found.map((f, i) => ({
              line: f.line,
              ...(c.findings![i]?.column !== undefined ? { column: f.column } : {}),
              ...(c.findings![i]?.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
            })),
            c.findings,
          );
        } else {
          assert.equal(found.length, 1, `expected exactly one finding of ${rule.id}, got ${found.length}`);
        }
        // Windows line breaks change nothing: the same findings at the same places, none taking in a \r.
        if (c.code.includes('\n')) {
          const places = (code: string) => findingsOf(rule, code, c.languageId ?? defaultLanguage(rule), c.path).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
          assert.deepEqual(places(c.code.replace(/\r?\n/g, '\r\n')), places(c.code), 'with CR LF line breaks');
        }
      });
    }
  });
}
