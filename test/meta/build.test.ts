// The build's rewrite of String.raw templates into plain strings (esbuild.mjs) gives the very strings String.raw
// does, keeps every line where it was, and leaves no String.raw template in the bundles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const ROOT = path.join(__dirname, '../..');

type Rewrite = (source: string, fileName: string) => string;
let rawTemplatesAsStrings: Rewrite;

before(async () => {
  ({ rawTemplatesAsStrings } = (await import(path.join(ROOT, 'esbuild.mjs'))) as { rawTemplatesAsStrings: Rewrite });
});

/** What a script's last expression evaluates to, as JSON (it is made in another realm). */
const evaluate = (source: string): string => JSON.stringify(vm.runInNewContext(source));

const lineCount = (text: string) => text.split(/\r\n?|\n/).length;

describe('build: String.raw templates as plain strings', () => {
  const cases: Record<string, string> = {
    'backslashes, quotes and escaped delimiters': 'String.raw`\\bexec\\s{0,5}\\(\\s*["\'\\`]\\$\\{?\\w+`',
    'an escape that is invalid outside a tagged template': 'String.raw`\\u{zz}\\x\\8`',
    substitutions: 'const WORD = String.raw`\\w+`; [String.raw`(?:${WORD}|${1 + 1})\\.${`in${"ner"}`}$`, WORD]',
    'a raw template inside a substitution': 'String.raw`a${String.raw`\\b${String.raw`\\d`}`}c`',
    'line breaks, CR LF among them': 'String.raw`one\r\ntwo\rthree\n${"four"}\nfive`',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`gives what String.raw gives: ${name}`, () => {
      const rewritten = rawTemplatesAsStrings(source, 'case.ts');
      assert.doesNotMatch(rewritten, /String\.raw`/);
      assert.equal(evaluate(rewritten), evaluate(source));
      assert.equal(lineCount(rewritten), lineCount(source), 'lines kept');
    });
  }

  it('keeps lines after a template that spans several where they were', () => {
    const source = 'const a = String.raw`x\n${\n1\n}\ny`;\nconst b = 2; // line 6\n';
    assert.equal(rawTemplatesAsStrings(source, 'case.ts').split('\n')[5], 'const b = 2; // line 6');
  });

  it('leaves String.raw in comments and strings, other tags and plain templates alone', () => {
    const source = '// String.raw`x`\nconst s = "String.raw`y`";\nconst t = tag`z`;\nconst u = `v${s}`;\nString.raw({ raw: ["w"] });\n';
    assert.equal(rawTemplatesAsStrings(source, 'case.ts'), source);
  });

  it('left no String.raw template in the bundles', () => {
    for (const bundle of ['dist/cli-main.js', 'dist/extension.js']) {
      assert.doesNotMatch(fs.readFileSync(path.join(ROOT, bundle), 'utf8'), /String\.raw`/, bundle);
    }
  });
});
