// The `security-coach` program. It runs the CLI's bundle (cli-main.js, beside it) through V8's code cache, so that a
// run does not parse and compile the megabyte bundle anew: that took ~25 ms of a ~150 ms start. The cache is kept
// next to the bundle it was made from (never in a shared temporary folder) and starts with the SHA-256 of the
// bundle's text: V8 itself checks only its version, its flags and the text's length. A missing, stale or rejected
// cache is written again after a command that ran, by which time the scan's functions are compiled too. Failing to
// read or write it only costs the time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type * as Cli from './main';

// Before anything compiles, and so before the cache is checked (V8 keys it to the flags). A scan compiles a few
// hundred patterns and runs most of them more than once: V8's default regexp tier-up compiles each one twice
// (bytecode on first use, then native code), while compiling straight to native code costs about a tenth fewer
// instructions per scan. It is set here, in the program only: changing it in a process that already ran regexes (a
// test importing the CLI's modules, the editor's shared extension host) is undefined behaviour in V8.
v8.setFlagsFromString('--no-regexp-tier-up');

const BUNDLE = path.join(__dirname, 'cli-main.js');
const CACHE = `${BUNDLE}.cache`;

/** V8's cache for this very text, or undefined. */
function readCache(digest: Buffer): Buffer | undefined {
  try {
    const file = fs.readFileSync(CACHE);
    return file.subarray(0, digest.length).equals(digest) ? file.subarray(digest.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a file of its own first, then renamed: a run reading the cache meanwhile sees the old one or the new. */
function writeCache(digest: Buffer, script: vm.Script): void {
  const temporary = `${CACHE}.${process.pid}`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
    fs.renameSync(temporary, CACHE);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Where the cache cannot be written, the scan has run all the same.
    }
  }
}

const source = fs.readFileSync(BUNDLE, 'utf8');
const digest = createHash('sha256').update(source).digest();
const cachedData = readCache(digest);
const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
const bundleModule = { exports: {} as typeof Cli };
(script.runInThisContext() as (...args: unknown[]) => void)(bundleModule.exports, Module.createRequire(BUNDLE), bundleModule, BUNDLE, __dirname);
const cli = bundleModule.exports;

const code = cli.main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (file, text) => {
    // A workflow's `-o reports/results.sarif` names a folder that a fresh checkout does not have yet.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  },
});
if ((cachedData === undefined || script.cachedDataRejected) && code !== cli.EXIT_USAGE) writeCache(digest, script);
cli.exitOnceFlushed(code);
