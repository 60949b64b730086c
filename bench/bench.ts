// npm run bench: engine throughput on real code nobody here wrote, p50/p95 for a 300-line inserted block,
// and per-line cost of the CLI against eslint (+ security plugins), secretlint and a read-and-split floor,
// all in the same run on the same files. Per-line cost = (time on the files - time on an empty folder) / lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ensurePeers, eslintTool, makeConfigDir, runTool, secretlintTool, type Tool } from './peers';

const ROOT = path.join(__dirname, '..');

/**
 * The engine as it ships: bundled by esbuild the way esbuild.mjs bundles the CLI and the extension. Importing the
 * sources through tsx would time its transform too (it keeps function names with a helper call per closure).
 */
function loadBundledEngine(): typeof import('../src/engine') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-engine-'));
  const outfile = path.join(dir, 'engine.js');
  buildSync({ entryPoints: [path.join(ROOT, 'src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], outfile, logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle written at run time
  const engine = require(outfile);
  fs.rmSync(dir, { recursive: true, force: true });
  return engine;
}
const { scan, languageForPath } = loadBundledEngine();
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Real code: sources of installed npm packages and Python's standard library. */
function realCodeSets(): { name: string; files: string[] }[] {
  const nm = path.join(ROOT, 'node_modules');
  const jsDirs = ['eslint/lib', 'mocha/lib', 'markdown-it/lib', 'typescript-eslint/dist', '@typescript-eslint/typescript-estree/dist', 'jsonc-parser/lib/esm', 'ajv/lib', 'espree/dist', 'fast-check/lib/esm', 'zod/v4/core']
    .map((d) => path.join(nm, d)).filter((d) => fs.existsSync(d));
  // BENCH_SET=large: every JavaScript file of the installed packages, where fixed warm-up weighs less per line.
  const jsRoots = process.env.BENCH_SET === 'large' ? [nm] : jsDirs;
  const js = jsRoots.flatMap((d) => listFiles(d, /\.(?:js|mjs|cjs)$/)).filter((f) => !/\.min\.js$/.test(f));
  const stdlib = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim();
  const py = ['email', 'http', 'json', 'asyncio', 'logging', 'urllib', 'xml', 'concurrent', 'importlib', 'unittest']
    .map((d) => path.join(stdlib, d)).filter((d) => fs.existsSync(d)).flatMap((d) => listFiles(d, /\.py$/)).filter((f) => !/\/test/.test(f));
  return [{ name: 'JavaScript (npm packages)', files: js }, { name: 'Python (standard library)', files: py }];
}

function listFiles(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, pattern));
    else if (entry.isFile() && pattern.test(entry.name) && fs.statSync(full).size < 1_500_000) out.push(full);
  }
  return out.sort();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const lineCount = (text: string) => text.split('\n').length;

function engineThroughput(name: string, files: string[]): void {
  const texts = files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const lines = texts.reduce((n, t) => n + lineCount(t.text), 0);
  for (const t of texts) scan(t.text, { languageId: languageForPath(t.file), path: t.file }); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    for (const t of texts) scan(t.text, { languageId: languageForPath(t.file), path: t.file });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const seconds = median(times);
  console.log(`  ${name.padEnd(28)} ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${lines} lines: ` +
    `${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(lines / seconds).toLocaleString('en')} lines/s`);
}

function blockLatency(files: string[]): void {
  const texts = files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })).filter((t) => lineCount(t.text) > 400);
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const { file, text } = texts[(i * 7919) % texts.length];
    const lines = text.split('\n');
    const first = (i * 104729) % (lines.length - 300);
    const start = lines.slice(0, first).join('\n').length + (first > 0 ? 1 : 0);
    const end = start + lines.slice(first, first + 300).join('\n').length;
    const t0 = process.hrtime.bigint();
    scan(text, { languageId: languageForPath(file), path: file, range: { start, end } });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`  300-line inserted block (${samples.length} samples from ${texts.length} files): p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms`);
}

/** Copies files into one fresh folder (so no tool skips them as dependencies) and makes an "empty" twin holding
 * one file of a single line break: every tool then starts up, loads its rules for that file and exits normally,
 * and only the lines differ. (A zero-byte file would let a tool skip loading its rules, ours included.) */
function stage(files: string[]): { folder: string; empty: string; lines: number } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const folder = path.join(base, 'files');
  const empty = path.join(base, 'empty');
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, 'empty.js'), '\n');
  let lines = 0;
  files.forEach((file, i) => {
    const target = path.join(folder, String(i % 50), `${i}-${path.basename(file)}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(file, 'utf8');
    lines += lineCount(text);
    fs.writeFileSync(target, text);
  });
  return { folder, empty, lines };
}

/**
 * Per-line cost of each tool. The tools take turns, run by run, so a slow spell of this shared machine hits all of
 * them alike. Each turn runs the empty folder and then the files back to back; the cost is the median of those
 * paired differences, which one lucky or unlucky start (node's varies by ±40 ms here) cannot swing.
 */
function perLineCosts(tools: Tool[], folder: string, empty: string, lines: number): { tool: Tool; perLine: number; files: number; empty: number }[] {
  const onFiles = tools.map((): number[] => []);
  const onEmpty = tools.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    tools.forEach((tool, t) => {
      // A tool that takes a fraction of a second takes several turns: its per-line cost is a small difference of
      // two times, so it needs more pairs for a steady median.
      for (let repeat = 0; repeat < (tool.turnsPerRun ?? 1); repeat++) {
        onEmpty[t].push(runTool(tool, empty).seconds);
        onFiles[t].push(runTool(tool, folder).seconds);
      }
    });
  }
  return tools.map((tool, t) => {
    const difference = median(onFiles[t].map((seconds, i) => seconds - onEmpty[t][i]));
    return { tool, perLine: Math.max(1e-12, difference / lines), files: median(onFiles[t]), empty: median(onEmpty[t]) };
  });
}

const node = process.execPath;
const ourCliWith = (name: string, extraArgs: string[]): Tool => ({
  name, turnsPerRun: 5, cwd: () => ROOT, argv: (folder) => [node, path.join(ROOT, 'dist/cli.js'), 'scan', ...extraArgs, '--format', 'json', '--output', os.devNull, folder],
});
const ourCli = ourCliWith('security-coach CLI', []);
/**
 * The job secretlint does, for a like-for-like second ratio: a policy that treats every file as test code, where only
 * the secret rules (and the assistant-artifact and suppression ones) run.
 */
function ourSecretRulesOnly(configDir: string): Tool {
  const policy = path.join(configDir, 'secret-rules-only.json');
  fs.writeFileSync(policy, JSON.stringify({ testCode: { paths: ['**'], rules: 'secrets' } }));
  return ourCliWith('  … secret rules only', ['--policy', policy]);
}
const floor: Tool = {
  name: 'floor: read + split lines',
  turnsPerRun: 5,
  cwd: () => ROOT,
  argv: (folder) => [node, '-e', `const fs=require('fs'),p=require('path');let n=0;(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);if(e.isDirectory())w(f);else n+=fs.readFileSync(f,'utf8').split('\\n').length}})(process.argv[1]);console.log(n)`, folder],
};

function main(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('run `npm run build` first');
  const sets = realCodeSets();
  console.log(`Security Coach bench (node ${process.version}, ${os.cpus().length} cores, ${RUNS} runs: medians; whole-process tools take turns)\n`);
  console.log('Engine throughput, in process:');
  for (const set of sets) engineThroughput(set.name, set.files);
  blockLatency(sets.flatMap((s) => s.files));

  ensurePeers();
  const configDir = makeConfigDir();
  const js = sets[0].files;
  const staged = stage(js);
  console.log(`\nWhole-process per-line cost on the same ${js.length} JavaScript files (${staged.lines} lines), minus each tool's empty-folder time:`);
  const [floorCost, oursCost, secretsOnlyCost, eslintCost, secretlintCost] = perLineCosts(
    [floor, ourCli, ourSecretRulesOnly(configDir), eslintTool(configDir), secretlintTool(configDir)], staged.folder, staged.empty, staged.lines);
  const ours = oursCost.perLine;
  const comparisons: [typeof floorCost, string][] = [
    [floorCost, `ours is ${(ours / floorCost.perLine).toFixed(2)}× the floor`],
    [oursCost, ''],
    [secretsOnlyCost, `${(secretlintCost.perLine / secretsOnlyCost.perLine).toFixed(0)}× secretlint's speed at the same job`],
    [eslintCost, `ours is ${(eslintCost.perLine / ours).toFixed(0)}× faster`],
    [secretlintCost, `ours is ${(secretlintCost.perLine / ours).toFixed(0)}× faster`],
  ];
  for (const [r, comparison] of comparisons) {
    console.log(`  ${r.tool.name.padEnd(28)} files ${r.files.toFixed(2)} s, empty ${r.empty.toFixed(2)} s, ${(r.perLine * 1e6).toFixed(3)} µs/line, ` +
      `${Math.round(1 / r.perLine).toLocaleString('en')} lines/s` + (comparison ? `  (${comparison})` : ''));
  }
  fs.rmSync(path.dirname(staged.folder), { recursive: true, force: true });
  fs.rmSync(configDir, { recursive: true, force: true });
}

main();
