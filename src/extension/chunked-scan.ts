// The engine on a long text without holding the extension host: a span longer than CHUNK_CHARS is scanned in
// line-aligned chunks (each sees a few context lines, as any range scan does), yielding to the host in between.
import { scan, type Finding, type Policy } from '../engine';
import { describeError } from './output';
import type { Span } from './tracked-blocks';

/** About 25 ms of scanning on a slow machine. */
export const CHUNK_CHARS = 32_000;

/** Scans `span` of `text`; 'stale' when `isStale()` says the text changed while it yielded. */
export async function scanInChunks(text: string, languageId: string, path: string | undefined, span: Span, policy: Policy, isStale: () => boolean = () => false): Promise<Finding[] | 'stale'> {
  const now = new Date();
  const run = (start: number, end: number) => {
    try {
      return scan(text, { languageId, path, range: { start, end: Math.max(start, end - 1) } }, policy, { now });
    } catch (error) {
      throw new Error(`engine error: ${describeError(error)}`, { cause: error });
    }
  };
  if (span.end - span.start <= CHUNK_CHARS) return run(span.start, span.end);
  const found = new Map<string, Finding>();
  for (let start = span.start; start < span.end;) {
    const cut = text.indexOf('\n', Math.min(span.end, start + CHUNK_CHARS));
    const end = cut < 0 || cut >= span.end ? span.end : cut + 1;
    for (const finding of run(start, end)) found.set(`${finding.ruleId}@${finding.range.start.offset}`, finding);
    start = end;
    await new Promise((resolve) => setImmediate(resolve));
    if (isStale()) return 'stale';
  }
  return [...found.values()].sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** Compiles (and lets V8 prepare) a language's rules ahead of the first real scan, off the paste-to-diagnostic path. */
export function warmUp(languageId: string, policy: Policy, keywords: readonly string[]): void {
  scan(keywords.join('\n'), { languageId }, policy);
}
