import assert from 'node:assert/strict';
import { compilePattern, unrolledSize, type RegexEngine } from '../../src/engine/regex';

describe('regex back ends', () => {
  for (const engine of ['builtin', 're2'] as RegexEngine[]) {
    it(`${engine}: reports only the report group when it takes part, else the whole match`, () => {
      const pattern = compilePattern(String.raw`\bnewParser\(\)(?:[\s\S]{0,200}?(?<report>\w+\.parse\())?`, false, engine);
      const used = 'p = newParser();\nharden(p);\np.parse(input);';
      const hit = pattern.execFrom(used, 0);
      assert.deepEqual(hit && { index: hit.index, end: hit.end, text: hit.text }, { index: used.indexOf('p.parse('), end: used.indexOf('input'), text: 'p.parse(' });
      const unused = 'p = newParser();\nreturn p;';
      assert.equal(pattern.execFrom(unused, 0)?.text, 'newParser()');
    });

    it(`${engine}: gives a secret group's place within the match`, () => {
      const hit = compilePattern(String.raw`key=(?<secret>\w+)`, false, engine).execFrom('a key=abc123', 0);
      assert.deepEqual(hit?.secret, { index: 6, text: 'abc123' });
    });
  }

  it('measures a pattern unrolled: atoms times the counts of the repetitions around them', () => {
    const sizes: [string, number][] = [
      ['abc', 3], ['x{2,50}', 50], ['x{7}', 7], ['x{7,}', 8], ['(?:ab){10}', 20], ['(?:a|bc){10}', 40], ['(?:(?:a{0,10}){10}){10}', 1000],
      // Braces inside a class or quoted text, or after an escape, repeat nothing.
      ['[{]{5}', 5], ['[]{]{3}', 3], ['[[:alpha:]{]{4}', 4], [String.raw`\Qa{5}\E`, 4], [String.raw`\{5}`, 3], [String.raw`\x{41}{4}`, 4], [String.raw`\p{Greek}{4}`, 4],
      // Flag groups open nothing; named groups do.
      ['(?i)a{3}', 3], ['(?i:ab){3}', 6], ['(?<n>ab){3}', 6], ['(?P<n>ab){3}', 6],
    ];
    for (const [source, size] of sizes) assert.equal(unrolledSize(source), size, source);
  });
});
