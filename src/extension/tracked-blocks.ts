// Half-open offset spans that move with the text as it is edited: inserted blocks and the findings in them.
// Pure (no vscode): the change list is given in the editor's terms, offsets before the edit.

export interface Span {
  start: number;
  end: number;
}

/** One replacement of an edit, in offsets of the text before the edit (as `TextDocumentContentChangeEvent`). */
export interface OffsetChange {
  rangeOffset: number;
  rangeLength: number;
  textLength: number;
}

export interface ShiftResult {
  span: Span;
  /** The edit overlapped the span (not just moved it). */
  touched: boolean;
}

/**
 * Maps a span through one edit's changes (non-overlapping, in any order, all in pre-edit offsets).
 * Text inserted exactly at either edge stays outside the span. Returns undefined when the span's text is gone.
 */
export function shiftSpan(span: Span, changes: readonly OffsetChange[]): ShiftResult | undefined {
  let { start, end } = span;
  let touched = false;
  // Applying from the last change to the first keeps every change's pre-edit offsets valid.
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  for (const change of ordered) {
    const changeStart = change.rangeOffset;
    const changeEnd = change.rangeOffset + change.rangeLength;
    const delta = change.textLength - change.rangeLength;
    if (changeEnd <= start) {
      start += delta;
      end += delta;
      continue;
    }
    if (changeStart >= end) continue;
    touched = true;
    const newStart = Math.min(start, changeStart);
    end = Math.max(end, changeEnd) + delta;
    start = newStart;
    if (end <= start) return undefined;
  }
  return { span: { start, end }, touched };
}

/** True when two half-open spans share at least one character, or touch when `adjacent` is set. */
export function spansMeet(a: Span, b: Span, adjacent = false): boolean {
  return adjacent ? a.start <= b.end && b.start <= a.end : a.start < b.end && b.start < a.end;
}

/**
 * The span to scan for text inserted at `offset`: widened to whole lines, except that a block ending with a
 * line break does not take in the line after it.
 */
export function insertedSpan(text: string, offset: number, insertedLength: number): Span {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let end = offset + insertedLength;
  if (insertedLength === 0 || text[end - 1] !== '\n') {
    const lineEnd = text.indexOf('\n', end);
    end = lineEnd < 0 ? text.length : lineEnd;
  }
  return { start: lineStart, end: Math.max(end, lineStart) };
}

/** Lines in an inserted text (a trailing line break does not start a new line). */
export function lineCount(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < text.length - 1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * The part of `after` that differs from `before`, as one span of `after` (common prefix and suffix removed): empty
 * where text was only deleted, undefined when nothing changed.
 */
export function changedSpan(before: string, after: string): Span | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const start = prefix;
  const end = after.length - suffix;
  return { start, end };
}

/**
 * +1 or -1 when an edit only switched the text's line breaks (LF to CR LF, or back), else undefined. The editor
 * reports a switch as one change that replaces the whole text, which is then longer or shorter by one character
 * per line break; offsets must move line by line, and nothing was inserted. `lineBreakLength` is after the edit.
 */
export function lineBreakSwitch(changes: readonly OffsetChange[], textLength: number, lineCount: number, lineBreakLength: 1 | 2): 1 | -1 | undefined {
  if (changes.length !== 1 || lineCount < 2) return undefined;
  const [change] = changes;
  const delta = lineBreakLength === 2 ? 1 : -1;
  const wholeText = change.rangeOffset === 0 && change.textLength === textLength;
  return wholeText && change.textLength - change.rangeLength === delta * (lineCount - 1) ? delta : undefined;
}

/**
 * Where an offset of the text before a line-break switch lies after it: each line break before it grew or shrank by
 * `delta`. `lineStart` gives the start of a line after the switch. An offset between a CR and its LF (a block may
 * end there) comes to its line's end.
 */
export function offsetAcrossLineBreakSwitch(offset: number, delta: 1 | -1, lineStart: (line: number) => number, lineCount: number): number {
  // Line k started at lineStart(k) - k * delta before the switch; find the last one starting at or before `offset`.
  let low = 0;
  let high = lineCount - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStart(middle) - middle * delta <= offset) low = middle;
    else high = middle - 1;
  }
  const moved = offset + low * delta;
  return low + 1 < lineCount ? Math.min(moved, lineStart(low + 1) - (delta > 0 ? 2 : 1)) : moved;
}
