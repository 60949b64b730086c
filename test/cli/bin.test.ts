// The built program (dist/cli.js) and the code cache it keeps beside the CLI's bundle. `npm test` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../temp-dirs';

const ROOT = path.join(__dirname, '../..');
const PROJECT = path.join(__dirname, '../fixtures/cli/project');

describe('cli program', () => {
  let dist: string;
  let cache: string;
  let digest: Buffer;
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...args], { cwd: PROJECT, encoding: 'utf8' });

  beforeEach(() => {
    for (const file of ['cli.js', 'cli-main.js']) {
      if (!fs.existsSync(path.join(ROOT, 'dist', file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
    }
    // A copy of the two files, so the cache is written beside the copy; the lessons are found next to dist/.
    const base = tempDir('cli-program-');
    dist = path.join(base, 'dist');
    fs.mkdirSync(dist);
    for (const file of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(dist, file));
    fs.symlinkSync(path.join(ROOT, 'lessons'), path.join(base, 'lessons'));
    cache = path.join(dist, 'cli-main.js.cache');
    digest = createHash('sha256').update(fs.readFileSync(path.join(dist, 'cli-main.js'), 'utf8')).digest();
  });

  it('scans, and keeps the code cache, keyed to the bundle, from the first run on', () => {
    const first = run('scan', '.');
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /js\.eval-call/);
    const written = fs.readFileSync(cache);
    assert.ok(written.subarray(0, digest.length).equals(digest));
    assert.ok(written.length > 100_000, 'V8 code for the bundle follows the digest');

    const second = run('scan', '.');
    assert.equal(second.stdout, first.stdout);
    assert.ok(fs.readFileSync(cache).equals(written), 'a cache V8 accepted is not written again');
  });

  it('replaces a cache made from another bundle, or damaged, and still scans', () => {
    // V8's part would pass V8's own check (same version, flags and text length): the digest alone says it is stale.
    run('scan', '.');
    fs.writeFileSync(cache, Buffer.concat([Buffer.alloc(digest.length), fs.readFileSync(cache).subarray(digest.length)]));
    const stale = run('scan', '.');
    assert.equal(stale.status, 1, stale.stderr);
    assert.ok(fs.readFileSync(cache).subarray(0, digest.length).equals(digest));

    fs.writeFileSync(cache, Buffer.concat([digest, Buffer.from('damaged')]));
    const damaged = run('scan', '.');
    assert.equal(damaged.stdout, stale.stdout);
    assert.ok(fs.readFileSync(cache).length > 100_000);
  });

  it('makes the folder --output names', () => {
    const reports = path.join(tempDir('cli-reports-'), 'reports/ci');
    const result = run('scan', '--format', 'sarif', '-o', path.join(reports, 'results.sarif'), '.');
    assert.equal(result.status, 1, result.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(reports, 'results.sarif'), 'utf8')).version, '2.1.0');
  });

  it('writes no cache after a usage error', () => {
    const result = run('scna', '.');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown command "scna"/);
    assert.equal(fs.existsSync(cache), false);
  });
});
