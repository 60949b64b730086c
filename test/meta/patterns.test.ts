// Linear time: every built-in pattern compiles in RE2 (no lookarounds or backreferences, so a linear-time
// engine can run it) and passes the recheck ReDoS checker for the V8 engine it actually runs on.
import assert from 'node:assert/strict';
import { RE2JS } from 're2js';
import { check } from 'recheck';
import { BUILTIN_RULES } from '../../src/engine/rules';

const patterns = [...new Set(BUILTIN_RULES.flatMap((rule) =>
  [...rule.patterns, ...(rule.unless ?? []), ...(rule.unlessMatch ?? [])].map((source) => `${rule.ignoreCase ? 'i' : ''}\u0000${source}`)))]
  .map((key) => ({ flags: key.slice(0, key.indexOf('\u0000')), source: key.slice(key.indexOf('\u0000') + 1) }));

describe('built-in patterns', function () {
  this.timeout(600_000);

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
    const failures: string[] = [];
    for (const { source, flags } of patterns) {
      const diagnostics = await check(source, `m${flags}`, { timeout: 10_000 });
      if (diagnostics.status === 'vulnerable') {
        failures.push(`${source}: ${diagnostics.complexity.type} (attack: ${JSON.stringify(diagnostics.attack.pattern)})`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the checker does flag a catastrophic pattern (so the test above can fail)', async () => {
    assert.equal((await check('^(a+)+$', '')).status, 'vulnerable');
  });
});
