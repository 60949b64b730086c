// Inline suppressions: `security-coach-ignore <rule-id>[,<rule-id>] [until YYYY-MM-DD] -- <reason>`,
// written on the finding's line or on a line of its own just before it. A suppression must say why; a bad one is
// reported itself. A colon may end the rule ids instead, as in XML and HTML comments, where `--` is not allowed:
// `<!-- security-coach-ignore <rule-id>: <reason> -->`.
import { successorsOf } from './rules/renamed';

export const SUPPRESSION_KEYWORD = 'security-coach-ignore';

export interface Suppression {
  ruleIds: string[];
  /** Expiry date as written (YYYY-MM-DD), if any. */
  until?: string;
  reason: string;
}

/** Parses the text after the keyword up to the end of its line. */
export function parseSuppression(afterKeyword: string): Suppression {
  // Closers: `*/`, JSX's `*/}`, PHP's `*/ ?>`, `-->`, `%>`, `#}`, `}}` and Razor's `*@`.
  const withoutCloser = afterKeyword.replace(/\s*(?:\*\/(?:\}|\s*\?>)?|-->|%>|#\}|\}\}|\*@)?\s*$/, '');
  const separator = withoutCloser.search(/(?:^|\s)--(?:\s|$)|:(?:\s|$)/);
  const head = separator >= 0 ? withoutCloser.slice(0, separator) : withoutCloser;
  const reason = separator >= 0 ? withoutCloser.slice(separator).replace(/^\s*(?:--|:)\s*/, '').trim() : '';
  const words = head.split(/[\s,]+/).filter((word) => word.length > 0);
  const untilAt = words.indexOf('until');
  const until = untilAt >= 0 ? words[untilAt + 1] ?? '' : undefined;
  const ruleIds = untilAt >= 0 ? [...words.slice(0, untilAt), ...words.slice(untilAt + 2)] : words;
  return { ruleIds, until, reason };
}

/**
 * The characters of what opens the comment a suppression is in, and blanks: `// `, `# `, `/* `, `<!-- `, `{# `,
 * `{/* `, `<%# `, `@* `, `-- `, and Visual Basic's `' ` and INI's `; `. (Batch files' `REM` and PHP's `<?php` hold
 * words: see followsCode.)
 */
const COMMENT_OPENER_CHARACTERS = new Set([...' \t/#*!<{%-\';@']);

/** Whether code comes before `at` on its line, other than the opener of the comment `at` is in. */
function followsCode(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let end = at;
  // A loop rather than a pattern anchored at the end, which would take quadratic time on a long run of such characters.
  while (end > lineStart && COMMENT_OPENER_CHARACTERS.has(text[end - 1])) end--;
  return end > lineStart && !/^[ \t]*(?:rem|<\?php)$/i.test(text.slice(lineStart, end));
}

/** The expiry as a UTC date, or null when `until` is not a real YYYY-MM-DD date. */
export function parseUntil(until: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : null;
}

/** True when the suppression still holds on `now`: it lasts through the whole of its `until` day. */
export function isInForce(suppression: Suppression, now: Date): boolean {
  if (suppression.reason.length === 0) return false;
  if (suppression.until === undefined) return true;
  const until = parseUntil(suppression.until);
  return until !== null && now.getTime() < until.getTime() + 24 * 3600 * 1000;
}

/**
 * Finds the suppressions in force, keyed by the zero-based lines they cover: their own, and the next when they stand on
 * a line of their own (one that follows code on its line speaks of that code alone). `lineOf` maps an offset to its
 * line; `isInString` tells the keyword quoted in a string literal, which is text the program handles, not a comment.
 */
export function collectSuppressions(text: string, lineOf: (offset: number) => number, now: Date, isInString: (offset: number) => boolean): Map<number, Set<string>> {
  const covered = new Map<number, Set<string>>();
  let at = text.indexOf(SUPPRESSION_KEYWORD);
  while (at >= 0) {
    const from = at + SUPPRESSION_KEYWORD.length;
    const lineEnd = text.indexOf('\n', from);
    const suppression = parseSuppression(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
    if (isInForce(suppression, now) && !isInString(at)) {
      const line = lineOf(at);
      for (const coveredLine of followsCode(text, at) ? [line] : [line, line + 1]) {
        const ids = covered.get(coveredLine) ?? new Set<string>();
        for (const id of suppression.ruleIds) for (const covers of [id, ...successorsOf(id)]) ids.add(covers);
        covered.set(coveredLine, ids);
      }
    }
    at = text.indexOf(SUPPRESSION_KEYWORD, from);
  }
  return covered;
}
