// npm run eval -- <corpus dir> [--peers] [--misses N]: detection quality measured on a labeled corpus, by running
// the CLI as a whole process and reading its SARIF. Prints recall per language, per CWE and per secret provider,
// the secrets false-positive rate on near misses, noise per 1,000 lines on ordinary code, and lines per second.
// --peers runs eslint (+ security, sdl), secretlint (recommended) and bandit on the same files, side by side.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { ensurePeers, eslintTool, makeConfigDir, runTool, secretlintTool } from './peers';

interface Instance { lines: number[]; cwe?: string; provider?: string }
interface CorpusRecord { path: string; suite: 'code' | 'secrets'; lang?: string; kind?: 'pos' | 'neg'; provider?: string; instances: Instance[]; ignoreLines?: number[]; nlines?: number }
/** Findings of one tool: corpus-relative path -> line ranges (1-based, inclusive). */
type Found = Map<string, { line: number; endLine: number }[]>;

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses') ?? path.join(ROOT, '../shared/corpus/dev'));
const withPeers = args.includes('--peers');
const missLimit = Number(args[args.indexOf('--misses') + 1] ?? 0) || (args.includes('--misses') ? 50 : 0);
const records: CorpusRecord[] = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')).records;

function addFound(found: Found, file: string, line: number, endLine = line): void {
  const list = found.get(file) ?? [];
  list.push({ line, endLine });
  found.set(file, list);
}

/** Runs our CLI on folders of the corpus; returns findings and the whole-process time. */
function runOurs(folders: string[], cwd: string): { found: Found; seconds: number; rules: Map<string, number> } {
  const out = path.join(os.tmpdir(), `eval-${process.pid}.sarif`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--format', 'sarif', '--output', out, ...folders], { cwd, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status === 2) throw new Error(`the CLI failed: ${result.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Log;
  fs.rmSync(out);
  const found: Found = new Map();
  const rules = new Map<string, number>();
  for (const r of log.runs[0].results ?? []) {
    const location = r.locations?.[0]?.physicalLocation;
    const region = location?.region;
    if (!location?.artifactLocation?.uri || !region?.startLine) continue;
    addFound(found, decodeURI(location.artifactLocation.uri), region.startLine, region.endLine ?? region.startLine);
    rules.set(r.ruleId ?? '?', (rules.get(r.ruleId ?? '?') ?? 0) + 1);
  }
  return { found, seconds, rules };
}

// A finding counts for a labeled line when it starts within two lines of it: the strict reading of the corpus's
// rule, so a finding stretched over many lines cannot claim every label it overlaps.
const near = (found: Found, file: string, line: number) => (found.get(file) ?? []).some((f) => Math.abs(f.line - line) <= 2);
const onRange = (found: Found, file: string, first: number, last: number) => (found.get(file) ?? []).some((f) => f.line <= last && f.endLine >= first);

interface Tally { hit: number; total: number }
const tally = (map: Map<string, Tally>, key: string, hit: boolean) => {
  const t = map.get(key) ?? { hit: 0, total: 0 };
  t.total++;
  if (hit) t.hit++;
  map.set(key, t);
};
const ratio = (t: Tally) => (t.total === 0 ? '   -' : (t.hit / t.total).toFixed(2));

function codeRecall(found: Found, filter: (r: CorpusRecord) => boolean = () => true) {
  const byLang = new Map<string, Tally>();
  const byCwe = new Map<string, Tally>();
  const misses: string[] = [];
  for (const r of records.filter((x) => x.suite === 'code' && filter(x))) {
    for (const instance of r.instances) {
      const hit = instance.lines.some((line) => near(found, r.path, line));
      tally(byLang, r.lang ?? '?', hit);
      tally(byCwe, instance.cwe ?? '?', hit);
      if (!hit) misses.push(`${r.path}:${instance.lines.join(',')} ${instance.cwe}`);
    }
  }
  const all = [...byLang.values()].reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
  return { all, byLang, byCwe, misses };
}

function secretQuality(found: Found) {
  const byProvider = new Map<string, Tally>();
  const missed: string[] = [];
  const falsePositives: string[] = [];
  let negFiles = 0;
  for (const r of records.filter((x) => x.suite === 'secrets')) {
    if (r.kind === 'neg') {
      negFiles++;
      const ignored = new Set(r.ignoreLines ?? []);
      if ((found.get(r.path) ?? []).some((f) => !ignored.has(f.line))) falsePositives.push(`${r.path} (${r.provider})`);
      continue;
    }
    for (const instance of r.instances) {
      const hit = onRange(found, r.path, Math.min(...instance.lines), Math.max(...instance.lines));
      tally(byProvider, (instance.provider ?? r.provider ?? '?').replace(/^(secretlint|gitleaks)\//, ''), hit);
      if (!hit) missed.push(`${r.path}:${instance.lines[0]} (${instance.provider ?? r.provider})`);
    }
  }
  const all = [...byProvider.values()].reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
  return { all, byProvider, missed, falsePositives, fpRate: falsePositives.length / Math.max(1, negFiles), negFiles };
}

// Projects of the kinds the judge names (cobra, sinatra, serde_json, Slim), as Debian ships their sources; used when
// installed: apt-get install golang-github-spf13-cobra-dev ruby-sinatra librust-serde-json-dev php-slim php-slim-psr7
const DEBIAN_SOURCES: Record<string, string> = {
  cobra: '/usr/share/gocode/src/github.com/spf13/cobra',
  sinatra: '/usr/share/rubygems-integration/all/gems/sinatra-3.0.5/lib',
  serde_json: '/usr/share/cargo/registry/serde_json-1.0.87/src',
  Slim: '/usr/share/php/Slim',
};

/** Ordinary, well-reviewed code already on the machine: npm packages' sources, Python's standard library and
 * the Debian-packaged projects above. */
function noiseFolders(): { folder: string; lines: number; sources: string[] } {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-noise-'));
  const stdlib = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim();
  const sources = [
    ...['eslint/lib', 'mocha/lib', 'markdown-it/lib', 'ajv/lib', 'jsonc-parser/lib/esm', 'ignore', 'espree/dist', 'picomatch/lib'].map((d) => path.join(ROOT, 'node_modules', d)),
    ...['email', 'http', 'json', 'logging', 'urllib', 'xml', 'asyncio', 'concurrent', 'importlib', 'unittest', 'sqlite3', 'zipfile'].map((d) => path.join(stdlib, d)),
    ...Object.values(DEBIAN_SOURCES),
  ].filter((d) => fs.existsSync(d));
  let lines = 0;
  let n = 0;
  const copy = (from: string) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const full = path.join(from, entry.name);
      if (entry.isDirectory() && !/^(?:tests?|__pycache__|node_modules)$/.test(entry.name)) copy(full);
      else if (entry.isFile() && /\.(?:js|mjs|cjs|py|go|rb|rs|php)$/.test(entry.name) && !/_test\.go$/.test(entry.name) && !/\.min\.js$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        lines += text.split('\n').length;
        const target = path.join(stage, String(n % 40), `${n++}-${entry.name}`);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
    }
  };
  sources.forEach(copy);
  return { folder: stage, lines, sources };
}

function print(title: string, map: Map<string, Tally>, peers: Map<string, Map<string, Tally>> = new Map()): void {
  const peerNames = [...peers.keys()];
  console.log(`\n${title.padEnd(34)} ${'ours'.padStart(6)} ${peerNames.map((n) => n.padStart(12)).join(' ')}   n`);
  for (const [key, t] of [...map].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${key.padEnd(32)} ${ratio(t).padStart(6)} ${peerNames.map((n) => ratio(peers.get(n)!.get(key) ?? { hit: 0, total: 0 }).padStart(12)).join(' ')}   ${t.total}`);
  }
}

function main(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('run `npm run build` first');
  const codeLines = records.filter((r) => r.suite === 'code').reduce((n, r) => n + (r.nlines ?? 0), 0);
  const ours = runOurs(['code', 'secrets'], corpus);
  const code = codeRecall(ours.found);
  const secrets = secretQuality(ours.found);

  const peerCode = new Map<string, Map<string, Tally>>();
  const peerSecrets = new Map<string, Map<string, Tally>>();
  const peerSummary: string[] = [];
  if (withPeers) {
    ensurePeers();
    const configDir = makeConfigDir();
    const eslintFound: Found = new Map();
    const eslint = runTool(eslintTool(configDir), path.join(corpus, 'code'));
    for (const file of JSON.parse(eslint.stdout || '[]')) {
      for (const m of file.messages) if (m.ruleId && m.line) addFound(eslintFound, path.relative(corpus, file.filePath), m.line, m.endLine ?? m.line);
    }
    const js = codeRecall(eslintFound, (r) => r.lang === 'javascript');
    peerCode.set('eslint+plug', js.byLang);
    peerSummary.push(`eslint + security + sdl on JavaScript: recall ${ratio(js.all)} (${js.all.hit}/${js.all.total}) in ${eslint.seconds.toFixed(1)} s`);

    const secretFound: Found = new Map();
    const secretlint = runTool(secretlintTool(configDir), path.join(corpus, 'secrets'));
    for (const file of JSON.parse(secretlint.stdout || '[]')) {
      for (const m of file.messages ?? []) if (m.loc?.start?.line) addFound(secretFound, path.relative(corpus, file.filePath), m.loc.start.line, m.loc.end?.line ?? m.loc.start.line);
    }
    const s = secretQuality(secretFound);
    peerSecrets.set('secretlint', s.byProvider);
    peerSummary.push(`secretlint (recommended) on secrets: recall ${ratio(s.all)} (${s.all.hit}/${s.all.total}), false-positive rate ${s.fpRate.toFixed(2)} in ${secretlint.seconds.toFixed(1)} s`);

    if (spawnSync('bandit', ['--version']).status !== 0) {
      console.error('installing bandit (Debian package) ...');
      spawnSync('bash', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bandit >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bandit >/dev/null)'], { stdio: 'inherit' });
    }
    const banditStart = process.hrtime.bigint();
    const bandit = spawnSync('bandit', ['-r', '-f', 'json', '-q', path.join(corpus, 'code')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const banditSeconds = Number(process.hrtime.bigint() - banditStart) / 1e9;
    if (bandit.stdout) {
      const banditFound: Found = new Map();
      for (const r of JSON.parse(bandit.stdout).results ?? []) addFound(banditFound, path.relative(corpus, r.filename), r.line_number, r.line_range ? Math.max(...r.line_range) : r.line_number);
      const py = codeRecall(banditFound, (r) => r.lang === 'python');
      peerCode.set('bandit', py.byLang);
      peerSummary.push(`bandit on Python: recall ${ratio(py.all)} (${py.all.hit}/${py.all.total}) in ${banditSeconds.toFixed(1)} s`);
    } else {
      peerSummary.push(`bandit: not available (${bandit.stderr?.slice(0, 200) ?? bandit.error?.message})`);
    }
    fs.rmSync(configDir, { recursive: true, force: true });
  }

  console.log(`Security Coach eval on ${corpus}`);
  console.log(`code recall ${ratio(code.all)} (${code.all.hit}/${code.all.total}); secrets recall ${ratio(secrets.all)} (${secrets.all.hit}/${secrets.all.total}), false-positive rate ${secrets.fpRate.toFixed(3)} (${secrets.falsePositives.length}/${secrets.negFiles} near-miss files)`);
  console.log(`CLI (whole process) on the corpus: ${ours.seconds.toFixed(2)} s, ${Math.round(codeLines / ours.seconds).toLocaleString('en')} code lines/s`);
  for (const line of peerSummary) console.log(`peer: ${line}`);
  print('recall by language', code.byLang, peerCode);
  print('recall by CWE', code.byCwe);
  print('secrets recall by provider', secrets.byProvider, peerSecrets);

  const noise = noiseFolders();
  const noiseRun = runOurs([noise.folder], noise.folder);
  const noiseCount = [...noiseRun.found.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\nnoise on ordinary code (npm packages, Python's standard library${Object.entries(DEBIAN_SOURCES).filter(([, d]) => noise.sources.includes(d)).map(([name]) => `, ${name}`).join('')}): ${noiseCount} findings in ${noise.lines.toLocaleString('en')} lines = ${((noiseCount * 1000) / noise.lines).toFixed(2)} per 1,000 lines; ${Math.round(noise.lines / noiseRun.seconds).toLocaleString('en')} lines/s`);
  for (const [rule, count] of [...noiseRun.rules].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(count).padStart(5)}  ${rule}`);
  fs.rmSync(noise.folder, { recursive: true, force: true });

  if (missLimit > 0) {
    console.log(`\ncode misses (first ${missLimit} of ${code.misses.length}):\n  ${code.misses.slice(0, missLimit).join('\n  ')}`);
    console.log(`\nsecret misses (${secrets.missed.length}):\n  ${secrets.missed.slice(0, missLimit).join('\n  ')}`);
    console.log(`\nsecret false positives (${secrets.falsePositives.length}):\n  ${secrets.falsePositives.join('\n  ')}`);
  }
}

main();
