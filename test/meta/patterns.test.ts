// Linear time: every built-in pattern compiles in RE2 (no lookarounds or backreferences, so a linear-time
// engine can run it) and passes the recheck ReDoS checker for the V8 engine it actually runs on.
// recheck takes seconds per pattern, so verdicts are kept in redos-verdicts.json, keyed by a hash of the
// pattern, its flags and the recheck version: a new or changed pattern is always checked live.
// `npm run test:redos` re-checks every pattern and rewrites the file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';
import { check } from 'recheck';
import { BUILTIN_RULES } from '../../src/engine/rules';

const VERDICTS_FILE = path.join(__dirname, 'redos-verdicts.json');
const RECHECK_VERSION: string = JSON.parse(fs.readFileSync(require.resolve('recheck/package.json'), 'utf8')).version;
const recheckAll = process.env.REDOS_RECHECK_ALL === '1';

const patterns = [...new Map(BUILTIN_RULES.flatMap((rule) =>
  [...rule.patterns, ...(rule.unless ?? []), ...(rule.unlessMatch ?? [])].map((source) => {
    const flags = rule.ignoreCase ? 'mi' : 'm';
    const key = createHash('sha256').update(`${RECHECK_VERSION}\u0000${flags}\u0000${source}`).digest('hex').slice(0, 24);
    return [key, { key, source, flags }] as const;
  }))).values()];

describe('built-in patterns', function () {
  this.timeout(3_600_000);

  it('all compile under RE2 syntax', () => {
    const failures: string[] = [];
    for (const { source } of patterns) {
      try {
        RE2JS.compile(source);
      } catch (error) {
        failures.push(`${source}: ${(error as Error).message}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('all pass the recheck ReDoS checker', async () => {
    const known: Record<string, string> = recheckAll || !fs.existsSync(VERDICTS_FILE) ? {} : JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')).verdicts;
    const verdicts: Record<string, string> = {};
    const failures: string[] = [];
    for (const { key, source, flags } of patterns) {
      if (known[key] === 'safe' || known[key] === 'unknown') {
        verdicts[key] = known[key];
        continue;
      }
      const diagnostics = await check(source, flags, { timeout: 10_000 });
      if (diagnostics.status === 'vulnerable') {
        failures.push(`${source}: ${diagnostics.complexity.type} (attack: ${JSON.stringify(diagnostics.attack.pattern)})`);
      } else {
        verdicts[key] = diagnostics.status;
      }
    }
    if (recheckAll || process.env.REDOS_WRITE_VERDICTS === '1') {
      const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
      fs.writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 1)}\n`);
    }
    assert.deepEqual(failures, []);
  });

  it('the checker does flag a catastrophic pattern (so the test above can fail)', async () => {
    assert.equal((await check('^(a+)+$', '')).status, 'vulnerable');
  });
});
