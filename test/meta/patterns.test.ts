// Linear time: every built-in pattern compiles in RE2 (no lookarounds or backreferences, so a linear-time
// engine can run it) and passes the recheck ReDoS checker for the V8 engine it actually runs on.
// recheck takes seconds per pattern, so verdicts are kept in redos-verdicts.json, keyed by a hash of the
// pattern, its flags and the recheck version: a new or changed pattern is always checked live.
// `npm run test:redos` re-checks every pattern and rewrites the file.
// An exponential verdict always fails. A polynomial one fails unless every repetition in the pattern is
// bounded ({m,n} or ?): then the work per start position is bounded by a constant and the total is linear,
// which is what recheck's polynomial verdict on long bounded ranges (`[\w-]{20,300}`) overlooks.
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

function writeVerdicts(verdicts: Record<string, string>): void {
  const current = new Set(patterns.map((p) => p.key));
  const sorted = Object.fromEntries(Object.entries(verdicts).filter(([key]) => current.has(key)).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 1)}\n`);
}

/** True when the pattern has `*`, `+` or `{n,}` outside a character class and not escaped. */
export function hasUnboundedRepetition(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '*' || ch === '+') {
      return true;
    } else if (ch === '{' && /^\{\d+,\}/.test(source.slice(i))) {
      return true;
    }
  }
  return false;
}

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
      // The automaton checker is exact where it answers; recheck's fuzzer, its fallback, flagged linear patterns
      // at random on a loaded machine. Two seconds each keeps a full run of ~1,000 patterns bounded.
      const diagnostics = await check(source, flags, { checker: 'automaton', timeout: 2_000 });
      if (diagnostics.status !== 'vulnerable') {
        verdicts[key] = diagnostics.status;
      } else if (diagnostics.complexity.type === 'polynomial' && !hasUnboundedRepetition(source)) {
        verdicts[key] = 'safe';
      } else {
        failures.push(`${source}: ${diagnostics.complexity.type} (attack: ${JSON.stringify(diagnostics.attack.pattern)})`);
      }
      if (recheckAll || process.env.REDOS_WRITE_VERDICTS === '1') writeVerdicts({ ...known, ...verdicts });
    }
    assert.deepEqual(failures, []);
  });

  it('the checker does flag a catastrophic pattern (so the test above can fail)', async () => {
    assert.equal((await check('^(a+)+$', '')).status, 'vulnerable');
  });

  it('tells bounded from unbounded repetition', () => {
    assert.equal(hasUnboundedRepetition(String.raw`glpat-[\w+*-]{20,300}\+?`), false);
    assert.equal(hasUnboundedRepetition(String.raw`a\s*b`), true);
    assert.equal(hasUnboundedRepetition(String.raw`a{2,}`), true);
    assert.equal(hasUnboundedRepetition(String.raw`[a+]x+`), true);
  });
});
