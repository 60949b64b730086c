// Nothing leaks: no secret value reaches any CLI output, and the shipped bundles contain no network code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { lex } from '../../src/engine/lexer';
import { secretExamples } from '../secret-examples';
import { tempDir } from '../temp-dirs';

const ROOT = path.join(__dirname, '../..');

describe('no secret leaks in CLI output', function () {
  this.timeout(120_000);
  const values = secretExamples();
  const dir = tempDir('leaks-');
  values.forEach(({ example }, i) => fs.writeFileSync(path.join(dir, `secret-${i}.txt`), `${example}\n`));

  it('has secret examples to test with', () => {
    assert.ok(values.length >= 40, `${values.length} values`);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`no secret value appears in --format ${format} output (stdout and stderr)`, () => {
      let out = '';
      const code = main(['scan', '--format', format, '.'], { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (out += t), writeFile: () => undefined });
      assert.equal(code, 1, 'the secrets must be found');
      const leaked = values.filter(({ value }) => value.length >= 8 && out.includes(value)).map(({ ruleId }) => ruleId);
      assert.deepEqual([...new Set(leaked)], []);
    });
  }
});

describe('no network code in the product', function () {
  this.timeout(120_000);
  const NETWORK_MODULES = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici|ws|node-fetch|axios)(?:\/|$)/;

  // esbuild's metafile lists every import of every bundled file, so a network module cannot hide in a string.
  for (const entry of ['src/extension/extension.ts', 'src/cli/main.ts', 'src/cli/bin.ts']) {
    it(`the ${entry} bundle imports no network module`, async () => {
      const esbuild = await import('esbuild');
      const result = await esbuild.build({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, external: ['vscode'], mainFields: ['module', 'main'], logLevel: 'silent' });
      const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
      assert.ok(imports.length > 5, 'the metafile lists imports');
      assert.deepEqual([...new Set(imports.filter((p) => NETWORK_MODULES.test(p)))], []);
    });
  }

  it('no source file calls fetch, XMLHttpRequest, WebSocket or sendBeacon (in code, not strings)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    for (const file of walk(path.join(ROOT, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      const lexed = lex(text, 'typescript');
      for (const m of text.matchAll(/\b(?:fetch\s*\(|XMLHttpRequest\b|WebSocket\b|sendBeacon\b)/g)) {
        if (lexed.kindAt(m.index) === 'code') offenders.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the source check does flag a call in code but not in a string (so the test above can fail)', () => {
    const sample = 'const s = "fetch(x)";\nawait fetch(url);';
    const lexed = lex(sample, 'typescript');
    assert.deepEqual([...sample.matchAll(/\bfetch\s*\(/g)].map((m) => lexed.kindAt(m.index)), ['string', 'code']);
  });
});
