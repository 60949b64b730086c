// Property-based fuzzing of the public engine API: random and mutated inputs never throw, findings lie inside
// the text, and work grows linearly. FUZZ_RUNS=100000 npm run test:unit runs more cases.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, type ScanStats } from '../../src/engine/scanner';
import { lex } from '../../src/engine/lexer';
import { parseSuppression, collectSuppressions } from '../../src/engine/suppress';
import { parsePolicy } from '../../src/engine/policy/load';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { ALL_RULES_POLICY } from '../rule-tester';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const LANGUAGES = ['javascript', 'typescriptreact', 'python', 'java', 'go', 'c', 'cpp', 'csharp', 'php', 'ruby', 'rust', 'shellscript', 'dockerfile', 'yaml', 'github-actions-workflow', 'terraform', 'plaintext', 'markdown'];

// Fragments that reach deep into rules and the lexer: rule examples, quotes, comment openers, bidi characters.
const FRAGMENTS = [
  ...BUILTIN_RULES.flatMap((rule) => rule.examples.bad).slice(0, 400),
  '"', "'", '`', '/*', '*/', '//', '#', '"""', "'''", '${', '}', '#{', 'f"{', '$"{', '"$(', ')', '/\'`}/g', 'sh -c ', '\\', '\n', '\r\n', '\r', '\u0000', '\u202e', '\u200b', '\ufeff',
  '\ud800', '\udc00', 'security-coach-ignore js.eval-call -- x', 'security-coach-ignore', ' until 2020-02-30', '-----BEGIN RSA PRIVATE KEY-----',
];

const textArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 60 })).map(([parts, noise]) => parts.join(noise)),
);

function assertWellFormed(text: string, findings: ReturnType<typeof scan>): void {
  for (const f of findings) {
    assert.ok(f.range.start.offset >= 0 && f.range.start.offset <= f.range.end.offset && f.range.end.offset <= text.length, `range out of text: ${JSON.stringify(f.range)}`);
    assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line);
    assert.equal(typeof f.message, 'string');
  }
}

describe('fuzz: engine', function () {
  this.timeout(600_000);

  it(`scan never throws and keeps findings inside the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom(...LANGUAGES), (text, languageId) => {
        assertWellFormed(text, scan(text, { languageId }, ALL_RULES_POLICY));
      }),
      { numRuns: RUNS },
    );
  });

  it(`range scans report only findings that intersect the range (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.nat(), fc.constantFrom(...LANGUAGES), (text, a, b, languageId) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const findings = scan(text, { languageId, range: { start, end } }, ALL_RULES_POLICY);
        assertWellFormed(text, findings);
        for (const f of findings) assert.ok(f.range.end.offset >= start && f.range.start.offset <= end);
      }),
      { numRuns: RUNS },
    );
  });

  it(`the lexer answers any offset of any text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom(...LANGUAGES), fc.array(fc.nat(), { maxLength: 10 }), (text, languageId, offsets) => {
        const lexed = lex(text, languageId);
        for (const offset of offsets) assert.ok(['code', 'string', 'comment'].includes(lexed.kindAt(offset % (text.length + 1))));
      }),
      { numRuns: RUNS },
    );
  });

  it(`suppression parsing never throws (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (rest) => {
        const parsed = parseSuppression(rest);
        assert.ok(Array.isArray(parsed.ruleIds) && typeof parsed.reason === 'string');
        collectSuppressions(`x // security-coach-ignore${rest}\ny`, () => 0, new Date(), () => false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`policy loading never throws and always answers ok or located errors (${RUNS} cases)`, () => {
    const valid = '{ "rules": { "js.eval-call": "off" }, "insertion": { "minLines": 8 }, "ignore": ["dist/**"], "champions": [{ "name": "A", "contact": "a@x" }] }';
    const mutated = fc.tuple(fc.nat(valid.length), fc.nat(20), fc.string({ unit: 'binary', maxLength: 12 })).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const jsonish = fc.json({ depthSize: 'large', noUnicodeString: false });
    fc.assert(
      fc.property(fc.oneof(mutated, jsonish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const result = parsePolicy(text, 'p.json');
        if (!result.ok) {
          assert.ok(result.errors.length > 0);
          for (const e of result.errors) assert.ok(e.line >= 1 && e.column >= 1 && e.offset >= 0 && e.offset <= text.length && e.message.length > 0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: linear work', function () {
  this.timeout(600_000);

  // Work, not wall time: each rule hands its patterns only merged windows around keyword hits, so the
  // characters examined stay within a constant factor of the text, whatever it repeats. (Each pattern's own
  // matching is linear: built-in ones pass the ReDoS checker, custom ones run on RE2.)
  it(`characters handed to patterns stay linear in the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 4000 }), fc.constantFrom(...LANGUAGES), (unit, repeats, languageId) => {
        const text = unit.repeat(repeats);
        const stats: ScanStats = { rulesRun: 0, windowChars: 0, unlessChars: 0 };
        scan(text, { languageId }, ALL_RULES_POLICY, { stats });
        // Window merging bounds each rule by the text plus two lines of overlap per window.
        assert.ok(stats.windowChars <= stats.rulesRun * (text.length + 2 * 1024), `${stats.windowChars} chars for ${stats.rulesRun} rules on ${text.length}`);
      }),
      { numRuns: Math.min(RUNS, 400) },
    );
  });

  it('a catastrophic custom pattern on 1 MB finishes (RE2: linear time)', () => {
    const policy = parsePolicy(JSON.stringify({ customRules: [{
      id: 'team.catastrophic', title: 'Catastrophic on backtracking engines', languages: ['*'], severity: 'info', confidence: 'high',
      patterns: ['(a+)+$', '(x|x)*y'], scope: 'any', lesson: 'code-injection', cwe: ['CWE-1333'],
      message: 'This pattern would hang a backtracking regex engine.', examples: { bad: ['aaaa'], good: ['b'] },
    }] }), 'p.json');
    assert.ok(policy.ok);
    const text = `${'a'.repeat(500_000)}!\n${'x'.repeat(500_000)}`;
    const findings = scan(text, { languageId: 'plaintext' }, policy.policy);
    assert.ok(findings.every((f) => f.ruleId !== 'team.catastrophic' || f.range.end.offset <= text.length));
  });
});
