// scan(): text + language + policy in, findings out. Also the guards that decide a text is not worth scanning.
import { effectiveLanguages } from './languages';
import type { KeywordHits } from './keyword-automaton';
import { lex, type Lexed } from './lexer';
import type { MatchContext } from './matchers';
import type { RegexHit } from './regex';
import { ruleSetFor, type CompiledRule } from './rule-set';
import { collectSuppressions } from './suppress';
import { DEFAULT_POLICY, type Policy } from './policy/schema';
import type { Finding, Position, ScanTarget, TextRange } from './types';

/** Lines of context around an inserted block that rules may see (findings are still limited to the block). */
export const CONTEXT_LINES = 3;
/** Lines before a block that are lexed too, so a block inside a comment or string is classified right. */
const LEX_LOOKBEHIND_LINES = 60;
const SNIPPET_MAX = 120;
/** How far around a keyword hit its rule's patterns look: matches may start a little before and run on after. */
const KEYWORD_LINES_BEFORE = 2;
const KEYWORD_CHARS_AFTER = 400;
const MATCHES_PER_RULE_MAX = 200;

export interface ScanOptions {
  /** Today, for suppressions with an expiry date. */
  now?: Date;
  /** When given, counts the work done: characters handed to rule patterns (for linear-bound tests and logs). */
  stats?: ScanStats;
}

export interface ScanStats {
  rulesRun: number;
  windowChars: number;
}

/** Scans `text` and returns its findings, sorted by position. Never throws on any text. */
export function scan(text: string, target: ScanTarget, policy: Policy = DEFAULT_POLICY, options: ScanOptions = {}): Finding[] {
  const ruleSet = ruleSetFor(policy);
  const { rules, automaton, keywordIndexes } = ruleSet.rulesFor(effectiveLanguages(target.languageId, target.path));
  if (rules.length === 0 || text.length === 0) return [];

  const window = scanWindow(text, target.range);
  const hits = automaton.find(window.text);
  const lines = lineIndex(text);
  const context: MatchContext = { knownRuleIds: ruleSet.knownIds, now: options.now ?? new Date() };
  let lexed: Lexed | undefined;
  const kindAt = (offset: number) => (lexed ??= lex(window.lexText, target.languageId)).kindAt(offset + window.lexShift);
  let suppressions: Map<number, Set<string>> | undefined;
  const isSuppressed = (ruleId: string, line: number) =>
    (suppressions ??= collectSuppressions(text, lines.lineOf, context.now)).get(line)?.has(ruleId) ?? false;

  const findings: Finding[] = [];
  rules.forEach((rule, r) => {
    // Start offsets (window-relative) already reported, and their spans: two patterns of one rule, or
    // overlapping windows, must not report the same construct twice.
    const seen = new Set<number>();
    const reported: [number, number][] = [];
    const runOn = (from: number, to: number) => {
      if (options.stats) options.stats.windowChars += to - from;
      const slice = from === 0 && to === window.text.length ? window.text : window.text.slice(from, to);
      for (const pattern of rule.patterns) {
        let at = 0;
        let hit: RegexHit | null;
        while (seen.size < MATCHES_PER_RULE_MAX && at <= slice.length && (hit = pattern.execFrom(slice, at)) !== null) {
          at = hit.end > hit.index ? hit.end : hit.index + 1;
          const local = hit.index + from;
          const localEnd = hit.end + from;
          if (seen.has(local) || reported.some(([a, b]) => local < b && localEnd > a)) continue;
          const start = local + window.offset;
          const end = hit.end + from + window.offset;
          if (target.range && (end < target.range.start || start > target.range.end)) continue;
          if (!passesChecks(rule, hit, lines.lineText(text, lines.lineOf(start)), context)) continue;
          if (rule.spec.scope !== 'any' && kindAt(local) !== rule.spec.scope) continue;
          const range = toRange(start, end, lines);
          if (!rule.spec.id.startsWith('coach.') && isSuppressed(rule.spec.id, range.start.line)) continue;
          seen.add(local);
          reported.push([local, localEnd]);
          findings.push(toFinding(rule, hit, range));
        }
      }
    };
    const positions = candidatePositions(hits, keywordIndexes[r]);
    if (rule.wholeText && rule.keywords?.length && positions.length === 0) return;
    if (positions.length > 0 || rule.wholeText) {
      if (options.stats) options.stats.rulesRun++;
    }
    if (rule.wholeText) {
      runOn(0, window.text.length);
      return;
    }
    // Keyword rules run only near their keywords: from two lines before a hit to the end of the line some
    // way after it (patterns reach at most a few hundred characters). Overlapping windows are merged.
    let windowStart = -1;
    let windowEnd = -1;
    for (const position of positions) {
      const reach = Math.min(window.text.length, position + KEYWORD_CHARS_AFTER);
      if (position < windowEnd) {
        if (reach > windowEnd) windowEnd = endOfLine(window.text, reach);
        continue;
      }
      const start = startOfLinesBefore(window.text, position, KEYWORD_LINES_BEFORE, windowEnd + 1);
      const end = endOfLine(window.text, reach);
      if (start <= windowEnd) {
        windowEnd = Math.max(windowEnd, end);
        continue;
      }
      if (windowEnd >= 0) runOn(windowStart, windowEnd);
      windowStart = start;
      windowEnd = end;
    }
    if (windowEnd >= 0) runOn(windowStart, windowEnd);
  });
  return findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
}

/** Offsets where any of a rule's keywords occur, ascending. */
function candidatePositions(hits: KeywordHits, keywordIndexes: readonly number[]): number[] {
  const lists = keywordIndexes.map((index) => hits.get(index)).filter((list): list is number[] => list !== undefined);
  if (lists.length <= 1) return lists[0] ?? [];
  return lists.flat().sort((a, b) => a - b);
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function passesChecks(rule: CompiledRule, hit: RegexHit, lineText: string, context: MatchContext): boolean {
  if (rule.unless.some((pattern) => pattern.test(lineText))) return false;
  const value = hit.secret?.text ?? hit.text;
  if (rule.unlessMatch.some((pattern) => pattern.test(value))) return false;
  return rule.check === undefined || rule.check(value, context);
}

function toFinding(rule: CompiledRule, hit: RegexHit, range: TextRange): Finding {
  const { spec } = rule;
  const secret = spec.secret === true;
  const finding: Finding = {
    ruleId: spec.id,
    title: spec.title,
    severity: rule.severity,
    confidence: spec.confidence,
    message: spec.message,
    lesson: spec.lesson,
    cwe: spec.cwe,
    owasp: spec.owasp,
    range,
    line: range.start.line + 1,
    column: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
    snippet: shorten(secret ? maskSecret(hit) : hit.text),
    secret,
  };
  if (spec.fix && !secret) {
    const replacement = rule.patterns[0].replaceFirst(hit.text, spec.fix.replace);
    if (replacement !== hit.text) finding.fix = { title: spec.fix.title, range, replacement };
  }
  return finding;
}

/** Masks a credential for display: keeps a short, non-secret prefix (like `AKIA` or `ghp_`) and its length. */
export function maskValue(value: string): string {
  const visible = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, visible)}${'*'.repeat(Math.min(12, Math.max(4, value.length - visible)))}`;
}

function maskSecret(hit: RegexHit): string {
  if (!hit.secret) return maskValue(hit.text);
  const at = hit.secret.index - hit.index;
  return hit.text.slice(0, at) + maskValue(hit.secret.text) + hit.text.slice(at + hit.secret.text.length);
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > SNIPPET_MAX ? `${oneLine.slice(0, SNIPPET_MAX - 1)}…` : oneLine;
}

interface ScanWindow {
  /** The text rules run on and its offset in the whole text. */
  text: string;
  offset: number;
  /** The text lexed (starts earlier than `text`), and how far `text` starts into it. */
  lexText: string;
  lexShift: number;
}

function scanWindow(text: string, range: ScanTarget['range']): ScanWindow {
  if (!range) return { text, offset: 0, lexText: text, lexShift: 0 };
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const windowStart = startOfLinesBefore(text, start, CONTEXT_LINES);
  const lexStart = startOfLinesBefore(text, start, LEX_LOOKBEHIND_LINES);
  let windowEnd = end;
  for (let i = 0; i <= CONTEXT_LINES && windowEnd < text.length; i++) {
    const next = text.indexOf('\n', windowEnd + (i === 0 ? 0 : 1));
    windowEnd = next < 0 ? text.length : next;
  }
  return {
    text: text.slice(windowStart, windowEnd),
    offset: windowStart,
    lexText: text.slice(lexStart, windowEnd),
    lexShift: windowStart - lexStart,
  };
}

/**
 * The start of the line `lines` lines before the one holding `offset`. Searches back no further than `floor`
 * (and returns it when reached), so repeated calls over one long line stay linear overall.
 */
function startOfLinesBefore(text: string, offset: number, lines: number, floor = 0): number {
  let newlines = 0;
  for (let at = offset - 1; at >= floor; at--) {
    if (text.charCodeAt(at) === 10 && ++newlines > lines) return at + 1;
  }
  return Math.max(0, floor);
}

interface LineIndex {
  lineOf(offset: number): number;
  lineText(text: string, line: number): string;
  startOf(line: number): number;
}

/** Line starts, computed lazily once per scan. */
function lineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const getStarts = () => {
    if (starts) return starts;
    starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  };
  const lineOf = (offset: number) => {
    const s = getStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const startOf = (line: number) => getStarts()[line];
  return {
    lineOf,
    startOf,
    lineText(whole, line) {
      const s = getStarts();
      const end = line + 1 < s.length ? s[line + 1] - 1 : whole.length;
      return whole.slice(s[line], end);
    },
  };
}

function toRange(start: number, end: number, lines: LineIndex): TextRange {
  const position = (offset: number): Position => {
    const line = lines.lineOf(offset);
    return { line, column: offset - lines.startOf(line), offset };
  };
  return { start: position(start), end: position(end) };
}
