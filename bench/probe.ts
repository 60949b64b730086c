// The generalization probe: one-construct files written by us (each an insecure construct in a spelling real code and
// assistants use, and near-miss safe twins), scanned in process. It says how much of what the probe asks for the rules
// cover; the labels are the writer's intent, not a verified ground truth, and a construct that needs more context
// than a file of a few lines gives stays unreported on purpose.
// usage: npx tsx bench/probe.ts [--misses] [--reported-safe]
import fs from 'node:fs';
import path from 'node:path';
import { languageForPath } from '../src/engine/languages';
import { scan } from '../src/engine/scanner';

const ROOT = path.join(__dirname, 'probe');
const args = process.argv.slice(2);

function scanFolder(kind: 'insecure' | 'safe'): { file: string; language: string; rules: string[] }[] {
  return fs.readdirSync(path.join(ROOT, kind)).sort().map((file) => {
    const text = fs.readFileSync(path.join(ROOT, kind, file), 'utf8');
    const language = languageForPath(file);
    return { file, language, rules: [...new Set(scan(text, { languageId: language, path: file }).map((finding) => finding.ruleId))] };
  });
}

const insecure = scanFolder('insecure');
const safe = scanFolder('safe');
const byLanguage = new Map<string, { found: number; total: number }>();
for (const { language, rules } of insecure) {
  const entry = byLanguage.get(language) ?? { found: 0, total: 0 };
  entry.total++;
  if (rules.length > 0) entry.found++;
  byLanguage.set(language, entry);
}
const found = insecure.filter((result) => result.rules.length > 0).length;
const reportedSafe = safe.filter((result) => result.rules.length > 0);
console.log(`insecure files reported: ${found}/${insecure.length} (${(found / insecure.length).toFixed(2)}); safe twins reported: ${reportedSafe.length}/${safe.length}`);
for (const [language, { found: hit, total }] of [...byLanguage].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`  ${language.padEnd(16)} ${(hit / total).toFixed(2)}  ${hit}/${total}`);
}
if (args.includes('--misses')) for (const { file } of insecure.filter((result) => result.rules.length === 0)) console.log(`miss ${file}`);
if (args.includes('--reported-safe')) for (const { file, rules } of reportedSafe) console.log(`safe ${file}: ${rules.join(', ')}`);
