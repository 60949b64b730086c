import assert from 'node:assert/strict';
import { latin1StandIn, needsOriginalText } from '../../src/engine/latin1';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { scan } from '../../src/engine/scanner';
import { ALL_RULES_POLICY, defaultLanguage } from '../rule-tester';

describe('Latin-1 stand-in', () => {
  it('keeps a Latin-1 text as it is', () => {
    const text = 'café = "naïve" // ©';
    assert.equal(latin1StandIn(text), text);
  });

  it('replaces each code unit past Latin-1 in place, keeping every offset', () => {
    const text = 'a—b\u2028c\u3000d😀e';
    const standIn = latin1StandIn(text);
    assert.equal(standIn.length, text.length);
    assert.equal(standIn, 'a¿b\rc\u00a0d¿¿e');
  });

  it('keeps what the patterns ask of a character: space or not, line terminator or not, never a word character', () => {
    for (const [character, expected] of [['\u2014', /^[^\s\w"'`]$/], ['\u2029', /^\s$/], ['\u200a', /^\s$/], ['\u0416', /^\W$/]] as const) {
      assert.match(latin1StandIn(character), expected, JSON.stringify(character));
    }
    assert.equal(/^.$/.test(latin1StandIn('\u2028')), false);
  });

  it('leaves to the text itself the patterns that name characters past Latin-1', () => {
    assert.equal(needsOriginalText([String.raw`[\u202a-\u202e]`]), true);
    assert.equal(needsOriginalText([String.raw`[\x80-\xff]`]), true);
    assert.equal(needsOriginalText(['—']), true);
    assert.equal(needsOriginalText([String.raw`eval\s*\(`, String.raw`[\x00-\x1f]`]), false);
  });

  it('shows the text itself in snippets, not its stand-in', () => {
    const [finding] = scan('el.innerHTML = "<b>código—x</b>" + location.hash;\n', { languageId: 'javascript' });
    assert.equal(finding.ruleId, 'js.inner-html');
    assert.match(finding.snippet, /código—x/);
  });

  it('scans an inserted block with characters past Latin-1 as it scans the whole text', () => {
    const line = 'el.innerHTML = "<b>—</b>" + location.hash; // ✓\n';
    const text = `// Überschrift — 概要\n${'const ok = 1;\n'.repeat(70)}${line}${'const ok = 2; // ½ — ¾\n'.repeat(5)}`;
    const start = text.indexOf(line);
    const describe = (findings: ReturnType<typeof scan>) => findings.map((f) => `${f.ruleId}@${f.range.start.offset}-${f.range.end.offset} ${f.snippet}`);
    const whole = describe(scan(text, { languageId: 'javascript' }));
    assert.equal(whole.length, 1);
    assert.deepEqual(describe(scan(text, { languageId: 'javascript', range: { start, end: start + line.length } })), whole);
  });

  it('finds in every rule example what it finds there once the text holds a character past Latin-1', () => {
    // A line before the example holds an em dash, which makes the whole text two-byte, or the stand-in's own `¿`,
    // which keeps it one-byte: the patterns see the same text either way, so the findings must be the same, at the
    // same offsets (a stand-in of another length, or a hit mapped back to the wrong place, would show).
    const differences: string[] = [];
    for (const rule of BUILTIN_RULES) {
      for (const example of [...rule.examples.bad, ...rule.examples.good]) {
        const target = { languageId: defaultLanguage(rule) };
        const describe = (findings: ReturnType<typeof scan>) =>
          findings.map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.range.start.offset} ${f.snippet}`).join('\n');
        const plain = describe(scan(`\u00bf\n${example}\n`, target, ALL_RULES_POLICY));
        const wide = describe(scan(`\u2014\n${example}\n`, target, ALL_RULES_POLICY));
        if (plain !== wide) differences.push(`${rule.id}: ${JSON.stringify(example)}\n${plain}\n!==\n${wide}`);
      }
    }
    assert.deepEqual(differences, []);
  });
});
