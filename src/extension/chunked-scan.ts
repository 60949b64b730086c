// The engine on a long text without holding the extension host: a span longer than CHUNK_CHARS is scanned in
// line-aligned chunks (each sees a few context lines, as any range scan does), yielding to the host in between.
// Each engine call gets only its chunk's neighbourhood, never the whole text: the engine indexes the lines (and
// looks for suppressions) of all the text it is given, so a block in a 10 MB file, or each chunk of a
// 20,000-line paste, would otherwise cost a pass over everything.
import { CONTEXT_LINES, scan, type FileTarget, type Finding, type Policy, type Position, type SkipReason } from '../engine';
import { describeError } from './output';
import type { Span } from './tracked-blocks';

/** The first chunk's size: about 10 ms of scanning on an idle slow machine. Later chunks adapt (below). */
export const CHUNK_CHARS = 16_000;
/** Chunks grow or shrink (within these sizes) so each engine call takes about TARGET_CHUNK_MS, however busy the machine. */
const MIN_CHUNK_CHARS = 2_000;
const MAX_CHUNK_CHARS = 128_000;
const TARGET_CHUNK_MS = 15;
/**
 * Lines before a chunk handed to the engine with it: more than the engine looks back from a range (its lexer
 * reads 60 lines back, so a chunk inside a comment or string is classified right; a suppression sits on the
 * line before), so a scan of the neighbourhood gives what a scan of the whole text would.
 */
export const LINES_BEFORE = 80;
/** Lines after a chunk handed with it: more than the engine's context lines. */
export const LINES_AFTER = CONTEXT_LINES + 2;
/**
 * Chunks end at line breaks, so one line is one engine call however long it is. A line longer than this (only
 * minified code has them) would hold the host too long in one step: such a text is skipped with that reason.
 */
export const MAX_LINE_CHARS = 256_000;

/** How a chunked scan went: how many synchronous steps it took and the longest one (for the log and tests). */
export interface ChunkStats {
  chunks: number;
  longestChunkMs: number;
  /** CPU time of the longest chunk (user + system): what it costs on a machine that is not busy with other work. */
  longestChunkCpuMs?: number;
}

/** Where a text starts in its document, when it is a window of a bigger one. */
export interface TextBase {
  offset: number;
  line: number;
}

/** Counts the lines before an offset of one text, moving forward only (each line break is counted once). */
export class LineCounter {
  private offset = 0;
  private lines = 0;

  constructor(private readonly text: string) {}

  /** The zero-based line that starts at `offset` (a line start at or after the last one asked for). */
  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.lines = 0;
    }
    for (let at = this.text.indexOf('\n', this.offset); at >= 0 && at < offset; at = this.text.indexOf('\n', at + 1)) this.lines++;
    this.offset = offset;
    return this.lines;
  }
}

/**
 * One engine call on `[start, end)` of `text` that hands the engine only the neighbourhood of that range (the
 * result is what a range scan of the whole text gives). Findings come back in the document's offsets and lines:
 * `text` may itself be a window of the document that starts at `base`.
 */
export function scanRange(
  text: string, file: FileTarget, start: number, end: number, policy: Policy,
  now: Date = new Date(), base: TextBase = { offset: 0, line: 0 }, lines: LineCounter = new LineCounter(text),
): Finding[] {
  try {
    const from = lineStartBefore(text, start, LINES_BEFORE);
    const to = lineEndAfter(text, end, LINES_AFTER);
    const linesBefore = lines.lineAt(from);
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    const found = scan(window, { ...file, range: { start: start - from, end: Math.max(start, end - 1) - from } }, policy, { now });
    return from + base.offset === 0 && linesBefore + base.line === 0 ? found : found.map((f) => moveFinding(f, from + base.offset, linesBefore + base.line));
  } catch (error) {
    throw new Error(`engine error: ${describeError(error)}`, { cause: error });
  }
}

/**
 * Scans `span` of `text` (in steps when it is long); 'stale' when `isStale()` says the text changed while it
 * yielded. Findings come back in the document's offsets and lines: `text` may be a window of it that starts at `base`.
 */
export async function scanInChunks(
  text: string, file: FileTarget, span: Span, policy: Policy,
  isStale: () => boolean = () => false, stats?: ChunkStats, base: TextBase = { offset: 0, line: 0 },
): Promise<Finding[] | 'stale'> {
  const now = new Date();
  const lines = new LineCounter(text);
  let lastMs = 0;
  const run = (start: number, end: number) => {
    const started = performance.now();
    const cpu = stats ? process.cpuUsage() : undefined;
    try {
      return scanRange(text, file, start, end, policy, now, base, lines);
    } finally {
      lastMs = performance.now() - started;
      if (stats) {
        stats.chunks++;
        if (lastMs >= stats.longestChunkMs) {
          const used = process.cpuUsage(cpu);
          stats.longestChunkMs = lastMs;
          stats.longestChunkCpuMs = (used.user + used.system) / 1000;
        }
      }
    }
  };
  if (span.end - span.start <= CHUNK_CHARS) return run(span.start, span.end);
  const found = new Map<string, Finding>();
  let size = CHUNK_CHARS;
  for (let start = span.start; start < span.end;) {
    const cut = text.indexOf('\n', Math.min(span.end, start + size));
    const end = cut < 0 || cut >= span.end ? span.end : cut + 1;
    for (const finding of run(start, end)) found.set(`${finding.ruleId}@${finding.range.start.offset}`, finding);
    // The next chunk is sized for about TARGET_CHUNK_MS at the speed this one went.
    const scanned = end - start;
    if (lastMs > TARGET_CHUNK_MS * 1.5) size = Math.max(MIN_CHUNK_CHARS, Math.floor((scanned * TARGET_CHUNK_MS) / lastMs));
    else if (lastMs < TARGET_CHUNK_MS / 2) size = Math.min(MAX_CHUNK_CHARS, size * 2);
    start = end;
    await new Promise((resolve) => setImmediate(resolve));
    if (isStale()) return 'stale';
  }
  return [...found.values()].sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** A text with a line too long to scan in steps (minified code) is skipped, and the user is told why. */
export function unsplittable(text: string, span: Span): SkipReason | undefined {
  const longest = lineLongerThan(text, span, MAX_LINE_CHARS);
  if (longest === undefined) return undefined;
  return { code: 'minified', message: `skipped: minified (a line of ${Math.round(longest / 1000)} kB, too long to scan without holding up the editor)` };
}

/** The length of the first line of `span` longer than `limit`, if there is one. Linear, no copies. */
export function lineLongerThan(text: string, span: Span, limit: number): number | undefined {
  let lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lastLineEnd = text.indexOf('\n', span.end);
  if ((lastLineEnd < 0 ? text.length : lastLineEnd) - lineStart <= limit) return undefined; // all its lines together are shorter
  while (lineStart < span.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - lineStart > limit) return lineEnd - lineStart;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return undefined;
}

/** The start of the line `lines` lines before the one holding `offset`. */
export function lineStartBefore(text: string, offset: number, lines: number): number {
  // `at` is the line break before a line (-1 before the first).
  let at = offset > 0 ? text.lastIndexOf('\n', Math.min(offset, text.length) - 1) : -1;
  for (let i = 0; i < lines && at >= 0; i++) at = at > 0 ? text.lastIndexOf('\n', at - 1) : -1;
  return at + 1;
}

/** The end of the line `lines` lines after the one holding `offset` (before its line break). */
export function lineEndAfter(text: string, offset: number, lines: number): number {
  let at = text.indexOf('\n', offset);
  for (let i = 0; i < lines && at >= 0; i++) at = text.indexOf('\n', at + 1);
  return at < 0 ? text.length : at;
}

/** A finding of a window that starts at `offset`, line `line`, of the document, in the document's terms. */
function moveFinding(finding: Finding, offset: number, line: number): Finding {
  const move = (p: Position): Position => ({ line: p.line + line, column: p.column, offset: p.offset + offset });
  const range = { start: move(finding.range.start), end: move(finding.range.end) };
  return {
    ...finding,
    range,
    line: finding.line + line,
    endLine: finding.endLine + line,
    ...(finding.fix ? { fix: { ...finding.fix, range: { start: move(finding.fix.range.start), end: move(finding.fix.range.end) } } } : {}),
  };
}

/** Compiles (and lets V8 prepare) a language's rules ahead of the first real scan, off the paste-to-diagnostic path. */
export function warmUp(languageId: string, policy: Policy, keywords: readonly string[]): void {
  scan(keywords.join('\n'), { languageId }, policy);
}
