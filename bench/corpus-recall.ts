// Quick in-process detection check against the labeled corpus (development aid; `npm run eval` is the full,
// whole-process measurement). usage: npx tsx bench/corpus-recall.ts <corpus/dev> [--lang c] [--cwe CWE-78] [--misses] [--secrets]
import fs from 'node:fs';
import path from 'node:path';
import { scan } from '../src/engine/scanner';
import { languageForPath } from '../src/engine/languages';

interface Instance { lines: number[]; cwe: string; pattern_id?: string; desc?: string }
interface CorpusRecord { path: string; suite: 'code' | 'secrets'; lang?: string; kind?: 'pos' | 'neg'; provider?: string; instances: Instance[]; ignoreLines?: number[] }

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.match(/^--(lang|cwe)$/)) ?? '../shared/corpus/dev';
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const onlyLang = flag('--lang');
const onlyCwe = flag('--cwe');
const showMisses = args.includes('--misses');
const records: CorpusRecord[] = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).records;

function findingLines(file: string): { line: number; endLine: number; rule: string }[] {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return scan(text, { languageId: languageForPath(file), path: file }).map((f) => ({ line: f.line, endLine: f.endLine, rule: f.ruleId }));
}

if (!args.includes('--secrets')) {
  const byLang = new Map<string, { hit: number; total: number }>();
  const byCwe = new Map<string, { hit: number; total: number }>();
  const misses: string[] = [];
  for (const record of records.filter((r) => r.suite === 'code' && (!onlyLang || r.lang === onlyLang))) {
    const found = findingLines(record.path);
    for (const instance of record.instances) {
      if (onlyCwe && instance.cwe !== onlyCwe) continue;
      const hit = instance.lines.some((line) => found.some((f) => f.line <= line + 2 && f.endLine >= line - 2));
      for (const [map, key] of [[byLang, record.lang ?? '?'], [byCwe, instance.cwe]] as const) {
        const entry = map.get(key) ?? { hit: 0, total: 0 };
        entry.total++;
        if (hit) entry.hit++;
        map.set(key, entry);
      }
      if (!hit) misses.push(`${record.path}:${instance.lines.join(',')} ${instance.cwe} ${instance.pattern_id ?? ''} ${instance.desc ?? ''}`);
    }
  }
  const print = (title: string, map: Map<string, { hit: number; total: number }>) => {
    console.log(`\n${title}`);
    for (const [key, { hit, total }] of [...map].sort((a, b) => b[1].total - a[1].total)) console.log(`  ${key.padEnd(10)} ${(hit / total).toFixed(2)}  ${hit}/${total}`);
  };
  const all = [...byLang.values()].reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
  console.log(`code recall ${(all.hit / Math.max(1, all.total)).toFixed(3)} (${all.hit}/${all.total})`);
  print('by language', byLang);
  print('by CWE', byCwe);
  if (showMisses) console.log(`\nmisses:\n${misses.join('\n')}`);
} else {
  let hit = 0, total = 0, negFiles = 0, negHit = 0;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const record of records.filter((r) => r.suite === 'secrets')) {
    const found = findingLines(record.path);
    if (record.kind === 'neg') {
      negFiles++;
      const ignored = new Set(record.ignoreLines ?? []);
      const fp = found.filter((f) => !ignored.has(f.line));
      if (fp.length > 0) { negHit++; falsePositives.push(`${record.path} ${record.provider} ${fp.map((f) => `${f.line}:${f.rule}`).join(' ')}`); }
      continue;
    }
    for (const instance of record.instances) {
      total++;
      const [first, last] = [Math.min(...instance.lines), Math.max(...instance.lines)];
      if (found.some((f) => f.line <= last && f.endLine >= first)) hit++;
      else missed.push(`${record.path}:${first}-${last} ${record.provider}`);
    }
  }
  console.log(`secrets recall ${(hit / total).toFixed(3)} (${hit}/${total}); false-positive rate on neg files ${(negHit / negFiles).toFixed(3)} (${negHit}/${negFiles})`);
  if (showMisses) console.log(`\nmissed:\n${missed.join('\n')}\n\nfalse positives:\n${falsePositives.join('\n')}`);
}
