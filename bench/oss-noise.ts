// Findings per 1,000 lines on well-reviewed open-source projects, whole trees with their tests and examples, as
// the CLI reports them (test code gets the secret rules only, as the policy's default says). The sources come
// from bench/oss-noise.sh. usage: bash bench/oss-noise.sh && npx tsx bench/oss-noise.ts [--show N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const BASE = process.env.OSS_NOISE_DIR ?? path.join(os.tmpdir(), 'security-coach-oss');
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 2;

/** The folders below `dir` (none when it does not exist). */
const subdirs = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)) : []);
/** Every folder matching a path whose `*` segments stand for any folder. */
const folders = (pattern: string) => pattern.split('/').reduce((found, segment) => found.flatMap((dir) => (segment === '*' ? subdirs(dir) : [path.join(dir, segment)].filter((d) => fs.existsSync(d)))), [BASE]);

const projects = [
  ...folders('clean/*'),
  ...folders('src/newtonsoft-json/*'),
  ...folders('npm/*'),
  ...folders('x/*/usr/lib/python3/dist-packages/*').filter((dir) => !/\.(?:dist|egg)-info$/.test(dir)),
  ...folders('x/*/usr/share/rubygems-integration/all/gems/*'),
  ...folders('x/*/usr/share/php/*'),
  ...folders('x/*/usr/share/cargo/registry/*'),
  ...folders('x/*/usr/share/gocode/src/github.com/*/*'),
];
if (projects.length === 0) throw new Error(`no sources in ${BASE}: run bash bench/oss-noise.sh first`);
// The CLI runs from its bundle, as CI runs it: built first, or a bundle older than the sources measures old rules.
const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`the build failed: ${build.stderr}`);

interface Report { summary: { lines: number; secretsOnlyFiles: number }; findings: { ruleId: string; file: string; line: number; snippet: string }[] }
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oss-noise-')), 'report.json');
const byRule = new Map<string, { project: string; at: string; snippet: string }[]>();
let lines = 0;
let findings = 0;
console.log(`${'project'.padEnd(44)} ${'lines'.padStart(8)} ${'findings'.padStart(8)} ${'per 1k'.padStart(7)}  test files (secrets only)`);
for (const dir of [...new Set(projects)]) {
  const name = path.relative(BASE, dir).replace(/^(?:clean|npm|src)\//, '').replace(/^x\/([^/]+)\/usr\/(?:lib|share)\/.*\/(?=[^/]+$)/, '$1: ');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--format', 'json', '--output', out, dir], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`scan of ${dir} failed: ${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  lines += report.summary.lines;
  findings += report.findings.length;
  for (const f of report.findings) {
    const list = byRule.get(f.ruleId) ?? [];
    list.push({ project: name, at: `${f.file.slice(dir.length + 1)}:${f.line}`, snippet: f.snippet });
    byRule.set(f.ruleId, list);
  }
  const per1k = (1000 * report.findings.length) / Math.max(1, report.summary.lines);
  console.log(`${name.padEnd(44)} ${String(report.summary.lines).padStart(8)} ${String(report.findings.length).padStart(8)} ${per1k.toFixed(2).padStart(7)}  ${report.summary.secretsOnlyFiles}`);
}
fs.rmSync(path.dirname(out), { recursive: true, force: true });
console.log(`\nall: ${findings} findings in ${lines.toLocaleString('en')} lines = ${((1000 * findings) / lines).toFixed(2)} per 1,000 lines\n`);
for (const [rule, hits] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(hits.length).padStart(5)}  ${rule}`);
  for (const hit of hits.slice(0, show)) console.log(`         ${hit.project}/${hit.at}  ${hit.snippet.slice(0, 100)}`);
}
