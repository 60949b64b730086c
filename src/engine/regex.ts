// Two regex back ends behind one interface. Built-in patterns run on V8's RegExp (fast; every one is
// checked for ReDoS and RE2 compatibility in the tests). Patterns from a policy file may be hostile, so they
// run on re2js, whose automaton matching is linear in the input whatever the pattern.
import { RE2JS } from 're2js';
import { readClass, readEscape } from './regex-source';

export interface RegexHit {
  index: number;
  end: number;
  text: string;
  /** The named group `secret`, when the pattern has one and it matched. */
  secret?: { index: number; text: string };
  /** The whole match, when a `report` group narrowed the hit: what it covers is not reported again. */
  match?: { index: number; end: number };
}

/**
 * A pattern may mark the part to report with the named group `report`: a construct that spans lines, such as an
 * XML factory and the parse that uses it, is found whole (so hardening in between can cancel it) but reported on
 * the one line that matters. When the group takes part, the hit is that group alone, and what the match took
 * after it (more draws from one generator, say) is passed over rather than reported again.
 */
const REPORT_GROUP = '(?<report>';

function narrowToReport(hit: RegexHit, start: number, end: number): RegexHit {
  return { index: start, end, text: hit.text.slice(start - hit.index, end - hit.index), match: { index: hit.index, end: hit.end } };
}

export interface CompiledPattern {
  readonly source: string;
  /** The first match at or after `from`, or null. */
  execFrom(text: string, from: number): RegexHit | null;
  test(text: string): boolean;
  /** `matched` with this pattern's first match replaced, `$1`-style groups expanded. */
  replaceFirst(matched: string, replacement: string): string;
}

export type RegexEngine = 'builtin' | 're2';

/**
 * Compiles a pattern. A team's pattern (re2) is checked here and throws a readable Error when it is invalid; a
 * built-in one, which the tests check, becomes a RegExp on first use.
 */
export function compilePattern(source: string, ignoreCase: boolean, engine: RegexEngine): CompiledPattern {
  return engine === 'builtin' ? compileBuiltin(source, ignoreCase) : compileRe2(source, ignoreCase);
}

function compileBuiltin(source: string, ignoreCase: boolean): CompiledPattern {
  const hasReportGroup = source.includes(REPORT_GROUP);
  // Made on first use, as most rules never get a window. Match indices (the d flag) cost time on every match, so
  // only patterns that need the report group's place ask for them.
  let global: RegExp | undefined;
  const globalMatch = () => (global ??= new RegExp(source, (ignoreCase ? 'gmi' : 'gm') + (hasReportGroup ? 'd' : '')));
  // Most patterns are only ever searched with execFrom: the one-shot twin for test() is made on its own first use.
  let single: RegExp | undefined;
  const singleMatch = () => (single ??= new RegExp(source, ignoreCase ? 'mi' : 'm'));
  const hasSecretGroup = source.includes('(?<secret>');
  return {
    source,
    execFrom(text, from) {
      const regex = globalMatch();
      regex.lastIndex = from;
      const m = regex.exec(text);
      if (!m) return null;
      const hit: RegexHit = { index: m.index, end: m.index + m[0].length, text: m[0] };
      const secretText = hasSecretGroup ? m.groups?.secret : undefined;
      if (secretText) hit.secret = { index: m.index + Math.max(0, m[0].indexOf(secretText)), text: secretText };
      const report = hasReportGroup ? m.indices?.groups?.report : undefined;
      return report ? narrowToReport(hit, report[0], report[1]) : hit;
    },
    test: (text) => singleMatch().test(text),
    replaceFirst: (matched, replacement) => matched.replace(singleMatch(), replacement),
  };
}

/**
 * Compiled team patterns by flags and source. One policy load compiles each pattern for its check, its examples and
 * its scans, and the editor re-validates the file as it is typed; kept within twice a policy's compile budget in
 * unrolled steps, oldest out first.
 */
const re2Cache = new Map<string, { re: RE2JS; steps: number }>();
const RE2_CACHE_STEPS = 400_000;
let re2CacheSteps = 0;

function compiledRe2(source: string, flags: number): RE2JS {
  const key = `${flags}:${source}`;
  const cached = re2Cache.get(key);
  if (cached) return cached.re;
  const entry = { re: RE2JS.compile(source, flags), steps: unrolledSize(source) };
  re2Cache.set(key, entry);
  re2CacheSteps += entry.steps;
  for (const [oldKey, old] of re2Cache) {
    if (re2CacheSteps <= RE2_CACHE_STEPS || old === entry) break;
    re2Cache.delete(oldKey);
    re2CacheSteps -= old.steps;
  }
  return entry.re;
}

function compileRe2(source: string, ignoreCase: boolean): CompiledPattern {
  const re = compiledRe2(source, RE2JS.MULTILINE | (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0));
  const hasSecretGroup = Object.prototype.hasOwnProperty.call(re.namedGroups(), 'secret');
  const hasReportGroup = Object.prototype.hasOwnProperty.call(re.namedGroups(), 'report');
  // A scan calls execFrom many times on one text; re2js prepares its input per matcher, so reuse it.
  let lastText: string | undefined;
  let lastMatcher: ReturnType<typeof re.matcher> | undefined;
  return {
    source,
    execFrom(text, from) {
      if (text !== lastText || !lastMatcher) {
        lastText = text;
        lastMatcher = re.matcher(text);
      }
      const matcher = lastMatcher;
      if (!matcher.find(from)) return null;
      const index = matcher.start();
      const matchedText = matcher.group() ?? '';
      const hit: RegexHit = { index, end: matcher.end(), text: matchedText };
      if (hasSecretGroup) {
        const secretText = matcher.group('secret');
        if (secretText) hit.secret = { index: matcher.start('secret'), text: secretText };
      }
      if (hasReportGroup && matcher.group('report') !== null) return narrowToReport(hit, matcher.start('report'), matcher.end('report'));
      return hit;
    },
    test: (text) => re.matcher(text).find(),
    replaceFirst: (matched, replacement) => re.matcher(matched).replaceFirst(replacement),
  };
}

/** A counted repetition: {n}, {n,} or {n,m}. */
const REPEAT = /^\{(\d{1,9})(,?)(\d{0,9})\}/;

/**
 * An upper bound on the size of a pattern once its counted repetitions are unrolled, as RE2 compiles them: each
 * atom counts 1, times the maximum count of every repetition around it (`x{2,50}` is 50, `(?:ab){10}` 20, an
 * alternation the sum of its branches). Compiling takes time in proportion (a few microseconds per unit in re2js),
 * so a policy's patterns are measured before they are compiled.
 */
export function unrolledSize(source: string): number {
  // One frame per open group: the size of its content so far, and of its last atom (what a quantifier repeats).
  const frames = [{ total: 0, last: 0 }];
  const atom = (size: number) => {
    const top = frames[frames.length - 1];
    top.total += size;
    top.last = size;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'Q') {
        // \Q...\E: literal text, one atom per character.
        const end = source.indexOf('\\E', i + 2);
        const literal = end < 0 ? source.length - i - 2 : end - i - 2;
        for (let k = 0; k < literal; k++) atom(1);
        i = end < 0 ? source.length : end + 2;
        continue;
      }
      i = readEscape(source, i).end;
      atom(1);
    } else if (c === '[') {
      i = readClass(source, i).end;
      atom(1);
    } else if (c === '(') {
      const prefix = /^\(\?(?:P?<[^>]{0,100}>|[a-zA-Z-]{0,10}:|[a-zA-Z-]{0,10}\))?/.exec(source.slice(i, i + 110)) ?? ['('];
      i += prefix[0].length;
      // A bare flag group such as `(?i)` opens nothing.
      if (!prefix[0].endsWith(')')) frames.push({ total: 0, last: 0 });
    } else if (c === ')') {
      i++;
      const group = frames.length > 1 ? frames.pop()! : { total: 0, last: 0 };
      atom(group.total);
    } else if (c === '{' && REPEAT.test(source.slice(i, i + 21))) {
      const [counts, min, comma, max] = REPEAT.exec(source.slice(i, i + 21))!;
      i += counts.length;
      const times = Math.max(1, max ? Number(max) : Number(min) + (comma ? 1 : 0));
      const top = frames[frames.length - 1];
      top.total += top.last * (times - 1);
      top.last *= times;
    } else {
      // `|`, `*`, `+`, `?`, `^`, `$` and literal characters: the operators cost about as much as an atom.
      i++;
      atom(1);
    }
  }
  return frames.reduce((sum, frame) => sum + frame.total, 0);
}
