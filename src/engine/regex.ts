// Two regex back ends behind one interface. Built-in patterns run on V8's RegExp (fast; every one is
// checked for ReDoS and RE2 compatibility in the tests). Patterns from a policy file may be hostile, so they
// run on re2js, whose automaton matching is linear in the input whatever the pattern.
import { RE2JS } from 're2js';

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

function compileRe2(source: string, ignoreCase: boolean): CompiledPattern {
  const flags = RE2JS.MULTILINE | (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  const re = RE2JS.compile(source, flags);
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
