// Linear time: every built-in pattern compiles in RE2 (no lookarounds or backreferences, so a linear-time
// engine can run it) and passes the recheck ReDoS checker for the V8 engine it actually runs on.
// recheck takes seconds per pattern, so verdicts are kept in redos-verdicts.json, keyed by a hash of the
// pattern, its flags and the recheck version: a new or changed pattern is always checked live.
// `npm run test:redos` re-checks every pattern and rewrites the file.
// An exponential verdict always fails. A polynomial one fails unless every repetition in the pattern is
// bounded ({m,n} or ?): then the work per start position is bounded by a constant and the total is linear,
// which is what recheck's polynomial verdict on long bounded ranges (`[\w-]{20,300}`) overlooks. A pattern
// that neither of recheck's checkers can judge fails too.
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

/** `safe`: no attack; `fuzz-safe`: the exact checker ran out of time and the fuzzer found no attack. */
const ACCEPTED_VERDICTS = new Set(['safe', 'fuzz-safe']);
const FUZZ_SEED = 20261127;

/**
 * recheck's automaton checker is exact where it answers, in two seconds for most patterns. Where it runs out of
 * time, its fuzzer looks for an attack string (seeded, but how far it gets depends on the time limit, so a busy
 * machine can miss an attack a quiet one finds: patterns are best written with bounded repetition, which passes
 * whatever the fuzzer finds).
 */
async function verdictOf(source: string, flags: string): Promise<{ verdict: string } | { failure: string }> {
  const exact = await check(source, flags, { checker: 'automaton', timeout: 2_000 });
  const diagnostics = exact.status === 'unknown' ? await check(source, flags, { checker: 'fuzz', timeout: 30_000, randomSeed: FUZZ_SEED }) : exact;
  if (diagnostics.status === 'safe') return { verdict: exact === diagnostics ? 'safe' : 'fuzz-safe' };
  if (diagnostics.status === 'unknown') return { failure: 'neither checker answered in time' };
  if (diagnostics.complexity.type === 'polynomial' && !hasUnboundedRepetition(source)) return { verdict: 'safe' };
  return { failure: `${diagnostics.complexity.type} (attack: ${JSON.stringify(diagnostics.attack.pattern)})` };
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
      if (ACCEPTED_VERDICTS.has(known[key])) {
        verdicts[key] = known[key];
        continue;
      }
      const result = await verdictOf(source, flags);
      if ('failure' in result) failures.push(`${source}: ${result.failure}`);
      else verdicts[key] = result.verdict;
      if (recheckAll || process.env.REDOS_WRITE_VERDICTS === '1') writeVerdicts({ ...known, ...verdicts });
    }
    assert.deepEqual(failures, []);
  });

  it('spell whitespace gaps with an upper bound over 3, which V8 compiles as a loop rather than unrolled copies', () => {
    const unrolledGap = /(?:\\s|\[ \\t\])\{\d,[1-3]\}/;
    assert.ok(unrolledGap.test(String.raw`catch\s{0,3}\(`) && !unrolledGap.test(String.raw`catch\s{0,5}\(`));
    assert.deepEqual(patterns.filter(({ source }) => unrolledGap.test(source)).map(({ source }) => source), []);
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
