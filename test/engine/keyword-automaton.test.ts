import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildKeywordAutomaton } from '../../src/engine/keyword-automaton';

/** Every occurrence by plain search: the reference the automaton must agree with. */
function naiveHits(keywords: readonly string[], text: string): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  keywords.forEach((keyword, index) => {
    const exact = keyword !== keyword.toLowerCase();
    const haystack = exact ? text : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    for (let at = haystack.indexOf(keyword); at >= 0; at = haystack.indexOf(keyword, at + 1)) {
      hits.set(index, [...(hits.get(index) ?? []), at]);
    }
  });
  return hits;
}

describe('keyword automaton', () => {
  it('finds lowercase keywords in any ASCII case, overlapping and nested', () => {
    const automaton = buildKeywordAutomaton(['token', 'ken', 'apikey']);
    assert.deepEqual(automaton.find('TOKEN apiKey tokenken'), new Map([[0, [0, 13]], [1, [2, 15, 18]], [2, [6]]]));
  });

  it('matches a keyword with a capital letter exactly', () => {
    const automaton = buildKeywordAutomaton(['Function', 'eval']);
    assert.deepEqual(automaton.find('function f() { return new Function(x) }'), new Map([[0, [26]]]));
    assert.deepEqual(automaton.find('FUNCTION EVAL'), new Map([[1, [9]]]));
  });

  it('finds one-character non-ASCII keywords (bidi controls, look-alike letters) exactly', () => {
    const automaton = buildKeywordAutomaton(['\u202E', '\u0430', 'x\u200By']);
    assert.deepEqual(automaton.find('a\u202Eb \u0410\u0430 x\u200By'), new Map([[0, [1]], [1, [5]], [2, [7]]]));
  });

  it('reads every code unit of a text too long for the shared copy, and of a shorter text after it', () => {
    const automaton = buildKeywordAutomaton(['eval', '\u{1F600}']);
    const long = 'x'.repeat(1_200_000) + 'eval\u{1F600}';
    assert.deepEqual(automaton.find(long), new Map([[0, [1_200_000]], [1, [1_200_004]]]));
    assert.deepEqual(automaton.find('eva'), new Map());
    assert.deepEqual(automaton.find('\uD83D eval'), new Map([[0, [2]]]));
  });

  it('follows failure links through states made by later keywords', () => {
    // "abcd" is added first, yet finding "cd" inside it needs the link of "bc", a state made later.
    assert.deepEqual(buildKeywordAutomaton(['abcd', 'bcx', 'cd']).find('abcd'), new Map([[0, [0]], [2, [2]]]));
  });

  it('agrees with a plain search on random keywords and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '.', '\u0430', '\u202E', '\u200B', '\n');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), (keywords, text) => {
        assert.deepEqual(buildKeywordAutomaton(keywords).find(text), naiveHits(keywords, text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a plain search on long keywords over a small alphabet (deep failure chains)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 7 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join('')), (keywords, text) => {
        assert.deepEqual(buildKeywordAutomaton(keywords).find(text), naiveHits(keywords, text));
      }),
      { numRuns: 500 },
    );
  });
});
