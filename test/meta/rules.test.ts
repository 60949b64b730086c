// Consistency of the rule registry: schema, unique ids, lesson links, keyword prefilters, and counts.
import assert from 'node:assert/strict';
import path from 'node:path';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { ruleSpecSchema } from '../../src/engine/rule-schema';
import { loadLessons } from '../../src/engine/lessons';
import { MATCHERS } from '../../src/engine/matchers';
import { isCaseSensitiveKeyword } from '../../src/engine/keyword-automaton';
import type { Policy } from '../../src/engine/policy/schema';
import { ALL_RULES_POLICY, defaultLanguage, findingsOf } from '../rule-tester';

const lessons = loadLessons([{ dir: path.join(__dirname, '../../lessons'), origin: 'builtin' }]).lessons;

describe('rule registry', () => {
  it('every rule passes the RuleSpec schema', () => {
    for (const rule of BUILTIN_RULES) {
      const result = ruleSpecSchema.safeParse(rule);
      assert.ok(result.success, `${rule.id}: ${result.success ? '' : result.error.message}`);
    }
  });

  it('ids are unique and sorted', () => {
    const ids = BUILTIN_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('every rule links to an existing lesson', () => {
    const missing = BUILTIN_RULES.filter((rule) => !lessons.has(rule.lesson)).map((rule) => `${rule.id} -> ${rule.lesson}`);
    assert.deepEqual(missing, []);
  });

  it('every named matcher exists', () => {
    const unknown = BUILTIN_RULES.filter((rule) => rule.matcher !== undefined && !Object.hasOwn(MATCHERS, rule.matcher)).map((rule) => rule.id);
    assert.deepEqual(unknown, []);
  });

  it('keywords of case-insensitive rules are lowercase (a capital makes a keyword match exactly)', () => {
    const bad = BUILTIN_RULES.filter((rule) => rule.ignoreCase && rule.keywords?.some(isCaseSensitiveKeyword)).map((rule) => rule.id);
    assert.deepEqual(bad, []);
  });

  it('messages never quote the matched text and end with a full stop', () => {
    const bad = BUILTIN_RULES.filter((rule) => !/[.!?]$/.test(rule.message)).map((rule) => rule.id);
    assert.deepEqual(bad, []);
  });

  // A pattern that reports none of its rule's bad examples on its own could be broken (or never report: one that
  // starts inside a string literal, in a rule for code), and every other test would still pass. Each pattern runs
  // alone as a team rule (RE2), with the built-in rules off.
  it('each pattern of a rule reports at least one of its bad examples on its own', () => {
    const builtinsOff = Object.fromEntries(BUILTIN_RULES.map((rule) => [rule.id, 'off' as const]));
    const unexercised = BUILTIN_RULES.flatMap((rule) =>
      rule.patterns
        .map((pattern, index) => ({ index, alone: { ...rule, id: `${rule.id}.pattern-${index}`, patterns: [pattern] } }))
        .filter(({ alone }) => {
          const policy: Policy = { ...ALL_RULES_POLICY, rules: builtinsOff, customRules: [alone] };
          return !rule.examples.bad.some((example) => findingsOf(alone, example, defaultLanguage(rule), undefined, policy).length > 0);
        })
        .map(({ index }) => `${rule.id} pattern ${index}`),
    );
    assert.deepEqual(unexercised, []);
  });

  it('secret rules mark their value for masking', () => {
    const bad = BUILTIN_RULES.filter((rule) => rule.id.startsWith('secret.') && rule.secret !== true).map((rule) => rule.id);
    assert.deepEqual(bad, []);
  });

  it('has at least 120 code rules and 40 secret rules', () => {
    const secret = BUILTIN_RULES.filter((rule) => rule.secret === true).length;
    const code = BUILTIN_RULES.filter((rule) => rule.secret !== true && !rule.id.startsWith('coach.')).length;
    assert.ok(code >= 120, `${code} code rules`);
    assert.ok(secret >= 40, `${secret} secret rules`);
  });
});
