import assert from 'node:assert/strict';
import { compilePattern, type RegexEngine } from '../../src/engine/regex';

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
});
