import assert from 'node:assert/strict';
import { canMatchLineBreak } from '../../src/engine/line-break-analysis';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { EXTRA_CASES } from './rules/cases';

describe('line-break analysis', () => {
  const table: [string, boolean][] = [
    ['eval\\(', false], [String.raw`a\sb`, true], [String.raw`a\Sb`, false], ['[^"]', true], [String.raw`[^"\n]`, false],
    [String.raw`[^\s]`, false], [String.raw`[\s\S]`, true], [String.raw`[\x00-\x1f]`, true], ['[ -~]', false], [String.raw`\W`, true],
    [String.raw`\D`, true], [String.raw`[\w.-]`, false], ['(?s).', true], ['(?i:a.)', false], ['.', false], [String.raw`[^\S ]`, true],
    [String.raw`\x0a`, true], [String.raw`\u000A`, true], [String.raw`[\t ]`, false], [String.raw`[^\]]`, true], [String.raw`a\]b`, false],
    [String.raw`[a\-z]`, false], [String.raw`[\x09-\x0d]`, true], [String.raw`\pL`, true], ['[[:space:]]', true], ['[^[:alpha:]]', true],
    [String.raw`\n`, true], [String.raw`\\n`, false], [String.raw`\cJ`, true], [String.raw`\012`, true], ['a\nb', true],
  ];
  for (const [source, expected] of table) {
    it(`${JSON.stringify(source)} ${expected ? 'can' : 'cannot'} match a line feed`, () => assert.equal(canMatchLineBreak(source), expected));
  }

  it('agrees with what the built-in patterns match in every example and case', () => {
    const extra = Object.values(EXTRA_CASES).flatMap((cases) => [...(cases.valid ?? []), ...(cases.invalid ?? [])]);
    const texts = [...BUILTIN_RULES.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good]), ...extra.map((c) => (typeof c === 'string' ? c : c.code))];
    const wrong: string[] = [];
    for (const rule of BUILTIN_RULES) {
      for (const source of rule.patterns) {
        if (canMatchLineBreak(source)) continue;
        const pattern = new RegExp(source, rule.ignoreCase ? 'gmi' : 'gm');
        for (const text of texts) for (const match of text.matchAll(pattern)) if (match[0].includes('\n')) wrong.push(`${rule.id}: ${source}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
