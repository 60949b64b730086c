// Quick noise check (development aid): findings per 1,000 lines on real code nobody here wrote, by rule.
// usage: npx tsx bench/noise.ts <dir> [--rule <id-prefix>] [--show N]
import fs from 'node:fs';
import path from 'node:path';
import { scan } from '../src/engine/scanner';
import { languageForPath } from '../src/engine/languages';

const args = process.argv.slice(2);
const dir = args[0];
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const rulePrefix = flag('--rule') ?? '';
const show = Number(flag('--show') ?? 3);
const CODE = /\.(?:[cm]?js|ts|tsx|jsx|py|java|go|c|h|cc|cpp|hpp|cs|php|rb|rs|sh|ya?ml|tf)$/;

let lines = 0;
const byRule = new Map<string, string[]>();
function walk(folder: string): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) { if (!['test', 'tests', '__tests__', 'fixtures', 'testdata'].includes(entry.name)) walk(full); continue; }
    if (!entry.isFile() || !CODE.test(entry.name) || /\.min\.js$|\.d\.ts$/.test(entry.name)) continue;
    const text = fs.readFileSync(full, 'utf8');
    if (text.length > 2_000_000) continue;
    lines += text.split('\n').length;
    for (const f of scan(text, { languageId: languageForPath(full), path: full })) {
      if (!f.ruleId.startsWith(rulePrefix)) continue;
      const list = byRule.get(f.ruleId) ?? [];
      list.push(`${full}:${f.line}  ${f.snippet}`);
      byRule.set(f.ruleId, list);
    }
  }
}
walk(dir);
const total = [...byRule.values()].reduce((n, l) => n + l.length, 0);
console.log(`${lines} lines, ${total} findings, ${((total * 1000) / Math.max(1, lines)).toFixed(2)} per 1,000 lines`);
for (const [rule, hits] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n${hits.length.toString().padStart(5)}  ${rule}`);
  for (const hit of hits.slice(0, show)) console.log(`       ${hit}`);
}
