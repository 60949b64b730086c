// Spacing check (development aid): a labeled corpus line that is detected should stay detected when only its
// spacing changes, as the hidden half of the corpus spells the same constructs in other styles.
// usage: npx tsx bench/spacing-variants.ts [corpus/dev]
import fs from 'node:fs';
import path from 'node:path';
import { scan } from '../src/engine/scanner';
import { languageForPath } from '../src/engine/languages';

const dir = process.argv[2] ?? '../shared/corpus/dev';
interface CodeRecord { path: string; suite: string; instances: { lines: number[] }[] }
const records = (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).records as CodeRecord[]).filter((r) => r.suite === 'code');
/** Findings within ±2 lines of a labeled line count, as in the corpus's own judging. */
const detects = (text: string, file: string, lines: number[]) => {
  const near = scan(text, { languageId: languageForPath(file), path: file }).filter((x) => lines.some((l) => x.line <= l + 2 && x.endLine >= l - 2));
  return { hit: near.length > 0, rules: near.map((x) => x.ruleId) };
};
// Variants of the labeled lines only, keeping their indentation (Python's meaning depends on it).
const variants: Record<string, (line: string) => string> = {
  spacesAroundParens: (l) => l.replace(/^(\s*)(.*)$/, (_m, ind, rest) => ind + rest.replace(/\(/g, '( ').replace(/\)/g, ' )').replace(/,(?=\S)/g, ', ')),
  tightSpaces: (l) => l.replace(/^(\s*)(.*)$/, (_m, ind, rest) => ind + rest.replace(/\s*([(),=+])\s*/g, '$1')),
  doubleSpaces: (l) => l.replace(/^(\s*)(.*)$/, (_m, ind, rest) => ind + rest.replace(/ /g, '  ')),
};
const lost: Record<string, string[]> = {};
let base = 0;
for (const r of records) {
  const text = fs.readFileSync(path.join(dir, r.path), 'utf8');
  const textLines = text.split('\n');
  for (const inst of r.instances) {
    const orig = detects(text, r.path, inst.lines);
    if (!orig.hit) continue;
    base++;
    for (const [name, v] of Object.entries(variants)) {
      const changed = textLines.map((l, i) => (inst.lines.includes(i + 1) ? v(l) : l)).join('\n');
      if (changed === text) continue;
      const res = detects(changed, r.path, inst.lines);
      if (!res.hit) (lost[name] ??= []).push(`${r.path}:${inst.lines[0]} [${orig.rules.join(',')}] ${textLines[inst.lines[0] - 1].trim().slice(0, 90)}  =>  ${v(textLines[inst.lines[0] - 1]).trim().slice(0, 90)}`);
    }
  }
}
console.log('detected instances', base);
for (const [name, list] of Object.entries(lost)) { console.log(`\n${name}: ${list.length} lost`); for (const l of list) console.log('  ' + l); }
