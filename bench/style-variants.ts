// Style check (development aid): a labeled corpus line that is detected should stay detected when only its style
// changes (spacing, quotes, an argument list broken over lines, a trailing comment), as the hidden half of the
// corpus spells the same constructs in other styles. usage: npx tsx bench/style-variants.ts [corpus/dev]
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
// Variants of the labeled lines only, keeping their indentation (Python's meaning depends on it). A variant that
// does not apply to a line (or to its language) returns it unchanged and is not counted. Of the corpus's languages
// (C, C++, C#, Java, JavaScript, PHP, Python, Rust), only Python comments with #.
type Variant = (line: string, extension: string) => string;
const body = (line: string, change: (rest: string) => string) => line.replace(/^(\s*)(.*)$/, (_m, indent: string, rest: string) => indent + change(rest));
const variants: Record<string, Variant> = {
  spacesAroundParens: (l) => body(l, (rest) => rest.replace(/\(/g, '( ').replace(/\)/g, ' )').replace(/,(?=\S)/g, ', ')),
  tightSpaces: (l) => body(l, (rest) => rest.replace(/\s*([(),=+])\s*/g, '$1')),
  doubleSpaces: (l) => body(l, (rest) => rest.replace(/ /g, '  ')),
  // Only where both quotes delimit strings alike, and only lines with one kind of quote and no escapes.
  swapQuotes: (l, ext) => (['js', 'py', 'php', 'rb'].includes(ext) && !/[\\`]/.test(l) && !(l.includes("'") && l.includes('"')) ? l.replace(/['"]/g, (q) => (q === "'" ? '"' : "'")) : l),
  argumentsOnNextLine: (l) => body(l, (rest) => rest.replace(/\((?!\))/, (open) => `${open}\n${l.match(/^\s*/)![0]}    `)),
  trailingComment: (l, ext) => (l.trim() === '' || /\\$/.test(l) ? l : `${l} ${ext === 'py' ? '#' : '//'} reviewed`),
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
    const extension = path.extname(r.path).slice(1);
    for (const [name, v] of Object.entries(variants)) {
      // A CRLF file's lines end in \r: the variant applies to the line before it.
      const vary = (l: string) => (l.endsWith('\r') ? `${v(l.slice(0, -1), extension)}\r` : v(l, extension));
      const changed = textLines.map((l, i) => (inst.lines.includes(i + 1) ? vary(l) : l)).join('\n');
      if (changed === text) continue;
      const res = detects(changed, r.path, inst.lines);
      if (!res.hit) (lost[name] ??= []).push(`${r.path}:${inst.lines[0]} [${orig.rules.join(',')}] ${textLines[inst.lines[0] - 1].trim().slice(0, 90)}  =>  ${v(textLines[inst.lines[0] - 1], extension).trim().slice(0, 90)}`);
    }
  }
}
console.log('detected instances', base);
for (const [name, list] of Object.entries(lost)) { console.log(`\n${name}: ${list.length} lost`); for (const l of list) console.log('  ' + l); }
