// scan(): text + language + policy in, findings out. Also the guards that decide a text is not worth scanning.
import { byCodeUnits } from './code-unit-order';
import { effectiveLanguages } from './languages';
import type { KeywordHits } from './keyword-automaton';
import { latin1StandIn } from './latin1';
import { lex, type Lexed, type SpanKind } from './lexer';
import type { MatchContext } from './matchers';
import type { RegexHit } from './regex';
import { requestInputHints, requestInputVariables } from './request-input';
import { ruleSetFor, type CompiledRule, type LanguageRules, type RuleSet } from './rule-set';
import { SEVERITY_RANK } from './rule-schema';
import { collectSuppressions } from './suppress';
import { DEFAULT_POLICY, type Policy } from './policy/schema';
import type { Finding, Position, ScanTarget, TextRange } from './types';

/** Lines of context around an inserted block that rules may see (findings are still limited to the block). */
export const CONTEXT_LINES = 3;
/**
 * How far back the engine reads from a block or a match: lines before a block are lexed, so a block inside a
 * comment or string is classified right, and request data is followed from assignments this far above a match.
 * The editor hands a chunk of a long text to the engine with more lines than this before it, so that a chunk's
 * scan gives what a scan of the whole text gives.
 */
const LOOKBEHIND_LINES = 60;
const SNIPPET_MAX = 120;
/** The window of a rule with reach 'block': a statement may start two lines before its keyword and run on after it. */
const BLOCK_LINES_BEFORE = 2;
const BLOCK_CHARS_AFTER = 400;
/** A rule reports at most this many findings in one text: past that, more of the same tell a reader nothing new. */
export const MATCHES_PER_RULE_MAX = 200;
/** The most text a check reads on either side of a match, whatever its line count: each match's cost stays bounded. */
const CONTEXT_CHARS_MAX = 50_000;

export interface ScanOptions {
  /** Today, for suppressions with an expiry date. */
  now?: Date;
  /** When given, counts the work done: characters handed to rule patterns (for linear-bound tests and logs). */
  stats?: ScanStats;
}

export interface ScanStats {
  rulesRun: number;
  windowChars: number;
  /** Characters of the lines handed to rules' `unless` patterns. */
  unlessChars: number;
}

/** Scans `text` and returns its findings, sorted by position. Never throws on any text. */
export function scan(text: string, target: ScanTarget, policy: Policy = DEFAULT_POLICY, options: ScanOptions = {}): Finding[] {
  return scanWithRules(ruleSetFor(policy), text, target, policy, options);
}

/** scan() with a given rule set in place of the policy's (a team rule's examples run on that rule alone). */
export function scanWithRules(ruleSet: RuleSet, text: string, target: ScanTarget, policy: Policy, options: ScanOptions = {}): Finding[] {
  if (text.length === 0) return [];
  const languageRules = ruleSet.rulesFor(effectiveLanguages(target.languageId, target.path), runsSecretRulesOnly(target, policy));
  if (languageRules.rules.length === 0) return [];

  const window = scanWindow(text, target.range);
  // Keywords are found in the text itself: some are characters past Latin-1 (bidi controls, look-alike letters).
  const hits = languageRules.automaton.find(window.original);
  const lines = lineIndex(text);
  const now = options.now ?? new Date();
  const firstMatches = new Map<RegExp, number>();
  const requestReadHints = wordFinder(text, requestInputHints(target.languageId));
  // Where the text `count` lines above `offset` starts, but never more than CONTEXT_CHARS_MAX before it.
  const lookbehindStart = (offset: number, count: number) => Math.max(lines.startOf(Math.max(0, lines.lineOf(offset) - count)), offset - CONTEXT_CHARS_MAX);
  const context: MatchContext = {
    knownRuleIds: ruleSet.knownIds,
    now,
    languageId: target.languageId,
    path: target.path,
    textBefore: (offset, count) => text.slice(lookbehindStart(offset, count), offset),
    restOfLine: (offset) => text.slice(offset, endOfLine(text, offset)),
    firstMatchAt: (pattern) => {
      let at = firstMatches.get(pattern);
      if (at === undefined) firstMatches.set(pattern, (at = text.search(pattern)));
      return at;
    },
    inputVariablesBefore: (offset, objectsOnly) => {
      const from = lookbehindStart(offset, LOOKBEHIND_LINES);
      if (!requestReadHints.within(from, offset)) return NO_VARIABLES;
      return requestInputVariables(text.slice(from, offset), target.languageId, objectsOnly);
    },
    linesAround: (offset, before, after) => {
      return text.slice(lookbehindStart(offset, before), Math.min(lines.startOf(lines.lineOf(offset) + after + 1), offset + CONTEXT_CHARS_MAX));
    },
  };
  let lexed: Lexed | undefined;
  let suppressions: Map<number, Set<string>> | undefined;
  // A suppression that can cover a finding (on its line or the one before) lies within the text lexed for the window;
  // one further off covers no finding, so it is not lexed for.
  const isInString = (offset: number) => {
    const local = offset - window.offset;
    return local + window.lexShift >= 0 && local + window.lexShift < window.lexText.length && scanState.kindAt(local) === 'string';
  };
  const scanState: RuleScan = {
    text,
    window,
    range: target.range,
    context,
    lines,
    findings: [],
    fallbackFindings: [],
    suppressed: [],
    secretSpans: [],
    shownTexts: [],
    stats: options.stats,
    kindAt: (offset) => (lexed ??= lex(window.lexText, target.languageId)).kindAt(offset + window.lexShift),
    isSuppressed: (ruleId, line) => (suppressions ??= collectSuppressions(text, lines.lineOf, now, isInString)).get(line)?.has(ruleId) ?? false,
  };
  for (const r of rulesToRun(languageRules, hits)) {
    const rule = languageRules.rules[r];
    if (target.rulesOff?.has(rule.spec.id)) continue;
    if (options.stats) options.stats.rulesRun++;
    if (rule.reach === 'file') runRuleOn(rule, scanState, [0, window.text.length]);
    else runRuleOn(rule, scanState, keywordWindows(window.text, candidatePositions(hits, languageRules.keywordIndexes[r]), rule));
  }
  if (scanState.secretSpans.length > 0) maskSecretsShown(scanState.shownTexts, scanState.secretSpans);
  const findings = scanState.findings;
  for (const fallback of scanState.fallbackFindings) {
    const superseded = findings.some((finding) => supersedes(finding, fallback)) || scanState.suppressed.some((finding) => supersedes(finding, fallback));
    if (!superseded) findings.push(fallback);
  }
  return findings.sort((a, b) => a.range.start.offset - b.range.start.offset || byCodeUnits(a.ruleId, b.ruleId));
}

/** Whether only the secret, assistant-artifact and suppression rules run on a file: test code, by the policy's testCode. */
export function runsSecretRulesOnly(file: Pick<ScanTarget, 'testCode'>, policy: Policy): boolean {
  return file.testCode === true && policy.testCode.rules === 'secrets';
}

/**
 * Whether a finding says what a fallback rule's would, and louder: the same weakness (a shared CWE), at least as
 * severe, on the same lines. (One construct's findings often sit side by side rather than overlap:
 * new SqlCommand(string.Format("SELECT ... '{0}'", x)) is one rule's call and another's string literal.) A different
 * weakness on the line, such as a static IV beside a hard-coded key, leaves the fallback's finding in place.
 */
function supersedes(finding: Finding, fallback: Finding): boolean {
  return (
    finding.range.start.line <= fallback.range.end.line &&
    fallback.range.start.line <= finding.range.end.line &&
    finding.cwe.some((cwe) => fallback.cwe.includes(cwe)) &&
    SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[fallback.severity]
  );
}

/** What one scan shares with each rule run. */
interface ShownText {
  finding: Finding;
  text: string;
  start: number;
}

interface RuleScan {
  text: string;
  window: ScanWindow;
  /** The inserted block, when only findings touching it count. */
  range: ScanTarget['range'];
  context: MatchContext;
  lines: LineIndex;
  findings: Finding[];
  /** Findings of fallback rules: kept only where no other finding supersedes them. */
  fallbackFindings: Finding[];
  /** Findings that a suppression comment hid (they still supersede a fallback rule's). */
  suppressed: Finding[];
  /** Where secret rules found secret values: start, end pairs in the text. */
  secretSpans: number[];
  /** The text each finding of a code rule shows, and where it starts: masked where it takes in a secret. */
  shownTexts: ShownText[];
  stats: ScanStats | undefined;
  kindAt(windowOffset: number): SpanKind;
  isSuppressed(ruleId: string, line: number): boolean;
}

/** Indexes of the rules with a keyword in the text, plus those that run on every text, ascending. */
function rulesToRun(languageRules: LanguageRules, hits: KeywordHits): number[] {
  const indexes = [...languageRules.alwaysRun];
  for (const keyword of hits.keys()) for (const r of languageRules.rulesOfKeyword[keyword]) indexes.push(r);
  return [...new Set(indexes)].sort((a, b) => a - b);
}

/**
 * Where a rule's patterns run, as window-relative [start, end) pairs around each keyword hit, with overlapping
 * windows merged: for reach 'line' the hit's line, and the lines either side unless no pattern can cross a line
 * break; for 'block' two lines before to the end of the line 400 characters on. Searches back no further than the
 * previous window, so the work stays linear.
 */
function keywordWindows(source: string, positions: readonly number[], rule: CompiledRule): number[] {
  const block = rule.reach === 'block';
  const linesBefore = block ? BLOCK_LINES_BEFORE : rule.singleLine ? 0 : 1;
  const windows: number[] = [];
  let windowEnd = -1;
  // The window end found for the last position, and the line break it was measured from: a later position before
  // that break has the same end, so many keywords on one long line do not each search to its end.
  let measuredFrom = -1;
  let measuredBreak = -1;
  let measuredEnd = -1;
  for (const position of positions) {
    const from = block ? Math.min(source.length, position + BLOCK_CHARS_AFTER) : position;
    if (from < measuredFrom || from > measuredBreak) {
      measuredFrom = from;
      measuredBreak = endOfLine(source, from);
      measuredEnd = block || rule.singleLine ? measuredBreak : endOfLine(source, measuredBreak + 1);
    }
    const end = measuredEnd;
    if (position <= windowEnd) {
      windowEnd = Math.max(windowEnd, end);
      windows[windows.length - 1] = windowEnd;
    } else {
      windows.push(startOfLinesBefore(source, position, linesBefore, windowEnd + 1), end);
      windowEnd = end;
    }
  }
  return windows;
}

/** Runs a rule's patterns on each window and adds its findings. */
function runRuleOn(rule: CompiledRule, scan: RuleScan, windows: readonly number[]): void {
  const { window, range } = scan;
  const source = rule.needsOriginalText ? window.original : window.text;
  const standsIn = source !== window.original;
  // Spans (window-relative start, end pairs) already reported: two patterns of one rule, or overlapping windows,
  // must not report the same construct twice. A hit narrowed by a report group covers its whole match. Allocated
  // on the first finding: most rules find nothing.
  let reported: number[] | undefined;
  const isReported = (start: number, end: number) => {
    if (reported === undefined) return false;
    for (let i = 0; i < reported.length; i += 2) if (start === reported[i] || (start < reported[i + 1] && end > reported[i])) return true;
    return false;
  };
  const unlessVerdict: UnlessVerdict = { lineStart: -1, lineEnd: -2, excluded: false };
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w];
    const to = windows[w + 1];
    if (scan.stats) scan.stats.windowChars += to - from;
    const slice = from === 0 && to === source.length ? source : source.slice(from, to);
    if (rule.spec.requires && !rule.spec.requires.some((literal) => slice.includes(literal))) continue;
    for (const pattern of rule.patterns) {
      let at = 0;
      let hit: RegexHit | null;
      while ((reported?.length ?? 0) < 2 * MATCHES_PER_RULE_MAX && at <= slice.length && (hit = pattern.execFrom(slice, at)) !== null) {
        if (standsIn) hit = withOriginalText(hit, window.original, from);
        // A match that runs to the end of its line (`[^\n]*`) stops before a CR LF's \r, as it does before a lone \n.
        if (hit.end > hit.index && slice.charCodeAt(hit.end - 1) === CARRIAGE_RETURN) hit = { ...hit, end: hit.end - 1, text: hit.text.slice(0, -1) };
        const covered = hit.match ?? hit;
        at = covered.end > covered.index ? covered.end : covered.index + 1;
        // An empty match marks nothing to show (policy loading refuses custom patterns that can make one).
        if (hit.end === hit.index) continue;
        const local = hit.index + from;
        const localEnd = hit.end + from;
        if (isReported(local, localEnd)) continue;
        const start = local + window.offset;
        const end = localEnd + window.offset;
        // A match that takes in its line's indentation, or the line break before it (a pattern that starts with
        // "a line start or a non-word character"), is shown from its first visible character, on its own line.
        const shownStart = firstVisible(slice, hit.index, hit.end) + from + window.offset;
        if (range && (end < range.start || shownStart > range.end)) continue;
        // Checks see the credential, else the whole construct (a report group narrows only what is shown).
        const checked = hit.secret?.text ?? (hit.match ? window.original.slice(from + hit.match.index, from + hit.match.end) : hit.text);
        // Checked on the construct's own line: a match may take in the line break before it.
        if (!passesChecks(rule, checked, scan, shownStart, unlessVerdict)) continue;
        if (rule.spec.scope !== 'any' && scan.kindAt(local) !== rule.spec.scope) continue;
        // A secret is masked in what any finding shows, not only in its own rule's: code rules' matches can take it in.
        if (rule.spec.secret && hit.secret) scan.secretSpans.push(hit.secret.index + from + window.offset, hit.secret.index + hit.secret.text.length + from + window.offset);
        const found = toRange(shownStart, end, scan.lines);
        if (!rule.spec.id.startsWith('coach.') && scan.isSuppressed(rule.spec.id, found.start.line)) {
          // A suppressed finding still supersedes a fallback rule's: the construct was looked at and accepted.
          if (!rule.spec.fallback) scan.suppressed.push(toFinding(rule, hit, found, start, scan.lines));
          continue;
        }
        (reported ??= []).push(covered.index + from, covered.end + from);
        const finding = toFinding(rule, hit, found, start, scan.lines);
        if (!finding.secret) scan.shownTexts.push({ finding, text: hit.text, start });
        (rule.spec.fallback ? scan.fallbackFindings : scan.findings).push(finding);
      }
    }
  }
}

/** A hit found in the Latin-1 stand-in, with the texts of the same spans in the text itself. */
function withOriginalText(hit: RegexHit, original: string, from: number): RegexHit {
  const text = (index: number, end: number) => original.slice(from + index, from + end);
  const restored: RegexHit = { ...hit, text: text(hit.index, hit.end) };
  if (hit.secret) restored.secret = { index: hit.secret.index, text: text(hit.secret.index, hit.secret.index + hit.secret.text.length) };
  return restored;
}

const NO_VARIABLES: ReadonlySet<string> = new Set();

/**
 * Whether a span of `text` holds one of `words` whole. It remembers the last span found without any: the matches of
 * a rule come in order, so a long line with many of them is searched once rather than again for each.
 */
function wordFinder(text: string, words: readonly string[]): { within(from: number, to: number): boolean } {
  const longest = Math.max(0, ...words.map((word) => word.length));
  let clearFrom = -1;
  let clearTo = -1;
  return {
    within(from, to) {
      const continues = from >= clearFrom && from <= clearTo;
      const searched = text.slice(continues ? Math.max(from, clearTo - longest + 1) : from, to);
      if (words.some((word) => searched.includes(word))) return true;
      if (!continues) clearFrom = from;
      clearTo = Math.max(clearTo, to);
      return false;
    },
  };
}

const CARRIAGE_RETURN = 13;
const NO_POSITIONS: readonly number[] = [];

/** Offsets where any of a rule's keywords occur, ascending. Allocates only when several keywords occur. */
function candidatePositions(hits: KeywordHits, keywordIndexes: readonly number[]): readonly number[] {
  let positions: number[] | undefined;
  let merged = false;
  for (const index of keywordIndexes) {
    const list = hits.get(index);
    if (list === undefined) continue;
    if (positions === undefined) {
      positions = list;
    } else {
      if (!merged) positions = [...positions];
      merged = true;
      for (const position of list) positions.push(position);
    }
  }
  if (merged) positions!.sort((a, b) => a - b);
  return positions ?? NO_POSITIONS;
}

const isBlankOrLineBreak = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

function firstVisible(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && isBlankOrLineBreak(text.charCodeAt(at))) at++;
  return at < end ? at : from;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** A rule's `unless` verdict on the last line it was asked about: a line with many matches is tested once. */
interface UnlessVerdict {
  lineStart: number;
  lineEnd: number;
  excluded: boolean;
}

function passesChecks(rule: CompiledRule, value: string, scan: RuleScan, start: number, verdict: UnlessVerdict): boolean {
  const { text, context } = scan;
  if (rule.unless.length > 0) {
    if (start < verdict.lineStart || start > verdict.lineEnd) {
      verdict.lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
      verdict.lineEnd = endOfLine(text, start);
      if (scan.stats) scan.stats.unlessChars += verdict.lineEnd - verdict.lineStart;
      const lineText = text.slice(verdict.lineStart, verdict.lineEnd);
      verdict.excluded = rule.unless.some((pattern) => pattern.test(lineText));
    }
    if (verdict.excluded) return false;
  }
  if (rule.unlessMatch.some((pattern) => pattern.test(value))) return false;
  return rule.check === undefined || rule.check(value, context, start);
}

/**
 * A finding shown at `range`. Its fix, if any, replaces the whole match from `matchStart`: the shown range leaves out
 * the blanks or line break a match may start with, which the replacement text keeps.
 */
function toFinding(rule: CompiledRule, hit: RegexHit, range: TextRange, matchStart: number, lines: LineIndex): Finding {
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
    snippet: shorten(secret ? maskSecret(hit, spec.keywords ?? []) : hit.text),
    secret,
  };
  if (spec.fix && !secret) {
    const replacement = rule.patterns[0].replaceFirst(hit.text, spec.fix.replace);
    const whole = matchStart === range.start.offset ? range : toRange(matchStart, range.end.offset, lines);
    if (replacement !== hit.text) finding.fix = { title: spec.fix.title, range: whole, replacement };
  }
  return finding;
}

/** A public prefix is shown only when it is this short and at least this much of the value stays hidden. */
const PUBLIC_PREFIX_MAX = 8;
const HIDDEN_AFTER_PREFIX_MIN = 16;

/**
 * Masks a credential for display. A provider's short public prefix (`ghp_`, `AKIA`, `xoxb-`: one of the rule's
 * keywords, at most 8 characters) stays when at least 16 characters follow it, so a reader can tell which token it
 * is; nothing else of the value shows, not even its first letters (those of a password are part of it).
 */
export function maskValue(value: string, publicPrefixes: readonly string[] = []): string {
  const lower = value.toLowerCase();
  const prefix = publicPrefixes.reduce((longest, keyword) => {
    const fits = keyword.length > longest && keyword.length <= PUBLIC_PREFIX_MAX && value.length - keyword.length >= HIDDEN_AFTER_PREFIX_MIN &&
      lower.startsWith(keyword.toLowerCase());
    return fits ? keyword.length : longest;
  }, 0);
  return `${value.slice(0, prefix)}${'*'.repeat(Math.min(12, Math.max(4, value.length - prefix)))}`;
}

/**
 * The snippet of a secret finding: the masked value with what precedes it on its line and the quote or comma after
 * it. The rest of the match stays out: a match may span a block (a Kubernetes Secret, a config section) that holds
 * other values, which the captured value's mask would not hide.
 */
function maskSecret(hit: RegexHit, publicPrefixes: readonly string[]): string {
  if (!hit.secret) return maskValue(hit.text, publicPrefixes);
  const at = hit.secret.index - hit.index;
  const lineBefore = hit.text.slice(hit.text.lastIndexOf('\n', at - 1) + 1, at);
  const closer = /^["'`]?[;,)\]}]?/.exec(hit.text.slice(at + hit.secret.text.length))![0];
  return lineBefore + maskValue(hit.secret.text, publicPrefixes) + closer;
}

/** Masks, in the snippets of code rules' findings, the secret values that secret rules found in the same text. */
function maskSecretsShown(shown: readonly ShownText[], secretSpans: readonly number[]): void {
  const spans: [number, number][] = [];
  for (let i = 0; i < secretSpans.length; i += 2) spans.push([secretSpans[i], secretSpans[i + 1]]);
  spans.sort((a, b) => a[0] - b[0]);
  for (const { finding, text, start } of shown) {
    let masked = '';
    let at = 0;
    for (const [secretStart, secretEnd] of spans) {
      const from = Math.max(secretStart - start, at);
      const to = Math.min(secretEnd - start, text.length);
      if (from >= to) continue;
      masked += text.slice(at, from) + maskValue(text.slice(from, to));
      at = to;
    }
    if (at > 0) finding.snippet = shorten(masked + text.slice(at));
  }
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > SNIPPET_MAX ? `${oneLine.slice(0, SNIPPET_MAX - 1)}…` : oneLine;
}

interface ScanWindow {
  /** The text rules run on, in its Latin-1 stand-in (see latin1.ts), and its offset in the whole text. */
  text: string;
  /** The same span of the text itself. */
  original: string;
  offset: number;
  /** The text lexed (starts earlier than `text`; also the stand-in), and how far `text` starts into it. */
  lexText: string;
  lexShift: number;
}

function scanWindow(text: string, range: ScanTarget['range']): ScanWindow {
  if (!range) {
    const standIn = latin1StandIn(text);
    return { text: standIn, original: text, offset: 0, lexText: standIn, lexShift: 0 };
  }
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const windowStart = startOfLinesBefore(text, start, CONTEXT_LINES);
  const lexStart = startOfLinesBefore(text, start, LOOKBEHIND_LINES);
  let windowEnd = end;
  for (let i = 0; i <= CONTEXT_LINES && windowEnd < text.length; i++) {
    const next = text.indexOf('\n', windowEnd + (i === 0 ? 0 : 1));
    windowEnd = next < 0 ? text.length : next;
  }
  // Only the lexed lines get a stand-in: a block scan reads no more of a long text than that.
  const lexText = latin1StandIn(text.slice(lexStart, windowEnd));
  return {
    text: lexText.slice(windowStart - lexStart),
    original: text.slice(windowStart, windowEnd),
    offset: windowStart,
    lexText,
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
  /** Where a line starts; the text's end for a line past the last. */
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
  const startOf = (line: number) => getStarts()[line] ?? text.length;
  return { lineOf, startOf };
}

function toRange(start: number, end: number, lines: LineIndex): TextRange {
  const position = (offset: number): Position => {
    const line = lines.lineOf(offset);
    return { line, column: offset - lines.startOf(line), offset };
  };
  return { start: position(start), end: position(end) };
}
