// Gitignore-style patterns, matched without regular expressions. They come from .gitignore files and the policy,
// which a hostile repository writes: the backtracking expressions a glob library builds from `**/a/**/a/**/b` took
// a second per check of a path 200 folders deep. Here checking a path and its folders costs at most pattern length
// × path length for each folder level (a 2,000-folder path against six `**`: tens of milliseconds).
// Semantics are git's: `*` and `?` stay within a folder name, `**` spans folders, a leading or inner `/` anchors a
// pattern to its folder, a trailing `/` matches folders only, `!` re-includes, the last matching pattern wins, and
// nothing inside an excluded folder can be re-included. Policy globs ignore case; see GlobOptions.

type Segment = '**' | SegmentPattern;

/** One folder or file name pattern: literals, `?`, `*` and character classes, and its longest run of literals. */
interface SegmentPattern {
  tokens: readonly Token[];
  /** The whole pattern when it has no wildcard, else its longest literal run: a name without it cannot match. */
  literal: string;
  wild: boolean;
}
type Token = { kind: 'literal'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };

interface GlobRule {
  negative: boolean;
  /** Matches folders only (the pattern ended in `/`). */
  foldersOnly: boolean;
  /** Matches from the pattern's folder, rather than a name at any depth. */
  anchored: boolean;
  segments: Segment[];
}

/** Parses one line of a .gitignore file (or one policy glob); undefined for blank lines and comments. */
function parseRule(line: string, ignoreCase: boolean): GlobRule | undefined {
  let text = line.replace(/(?<!\\)\s+$/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  const negative = text.startsWith('!');
  if (negative) text = text.slice(1);
  const foldersOnly = text.endsWith('/') && !text.endsWith('\\/');
  if (foldersOnly) text = text.slice(0, -1);
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.slice(1);
  if (text === '') return undefined;
  const segments = text.split('/').map((part): Segment => (/^\*{2,}$/.test(part) ? '**' : parseSegment(ignoreCase ? part.toLowerCase() : part)));
  // A trailing `**` is what is inside a folder (`logs/**`), so it needs at least one name: `*` then `**`.
  if (segments.length > 1 && segments.at(-1) === '**') segments.splice(-1, 0, parseSegment('*'));
  return { negative, foldersOnly, anchored, segments };
}

function parseSegment(part: string): SegmentPattern {
  const tokens = parseTokens(part);
  const runs = tokens.map((token) => (token.kind === 'literal' ? token.char : '\u0000')).join('').split('\u0000');
  return { tokens, literal: runs.reduce((longest, run) => (run.length > longest.length ? run : longest), ''), wild: runs.length > 1 };
}

function parseTokens(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch === '\\' && i + 1 < part.length) {
      tokens.push({ kind: 'literal', char: part[++i] });
    } else if (ch === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' }); // a run of stars is one star within a name
    } else if (ch === '?') {
      tokens.push({ kind: 'any' });
    } else if (ch === '[') {
      const parsed = parseClass(part, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'literal', char: ch }); // no closing bracket: a literal [
      }
    } else {
      tokens.push({ kind: 'literal', char: ch });
    }
  }
  return tokens;
}

/** A character class starting at `start` (the `[`), and the index of its closing `]`. */
function parseClass(part: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < part.length; first = false) {
    if (part[i] === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    let low = part[i];
    if (low === '\\' && i + 1 < part.length) low = part[++i];
    let high = low;
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      high = part[i + 2];
      i += 2;
    }
    ranges.push([low, high]);
    i++;
  }
  return undefined;
}

function tokenMatches(token: Token, ch: string): boolean {
  switch (token.kind) {
    case 'literal':
      return token.char === ch;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([low, high]) => ch >= low && ch <= high) !== token.negated;
    case 'star':
      return false;
  }
}

/**
 * Wildcard matching of `length` items (the characters of a name, or the names of a path) against a pattern whose
 * stars stand for any run of items. Greedy, backing up only to the last star: a star that matched more never has
 * to be revisited once a later star matched, so the work is at most items × pattern.
 */
function matchesWithStars<P>(pattern: readonly P[], length: number, isStar: (part: P) => boolean, matchesItem: (part: P, index: number) => boolean): boolean {
  let p = 0;
  let i = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (i < length) {
    if (p < pattern.length && isStar(pattern[p])) {
      starAt = p++;
      resumeAt = i;
    } else if (p < pattern.length && matchesItem(pattern[p], i)) {
      p++;
      i++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      i = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p])) p++;
  return p === pattern.length;
}

const isStarToken = (token: Token) => token.kind === 'star';
const isGlobstar = (segment: Segment) => segment === '**';

/** Whether a name matches a segment pattern; its literal run rules most names out before any wildcard work. */
function matchesName(segment: SegmentPattern, name: string): boolean {
  if (!segment.wild) return name === segment.literal;
  if (!name.includes(segment.literal)) return false;
  return matchesWithStars(segment.tokens, name.length, isStarToken, (token, i) => tokenMatches(token, name[i]));
}

/** Whether the first `count` folder and file names match a rule's segments, `**` standing for any run of names. */
function matchesNames(segments: readonly Segment[], names: readonly string[], count: number): boolean {
  return matchesWithStars(segments, count, isGlobstar, (segment, i) => segment !== '**' && matchesName(segment, names[i]));
}

/** Whether a rule matches the first `count` names of a path (a folder when `isFolder`). */
function ruleMatches(rule: GlobRule, names: readonly string[], count: number, isFolder: boolean): boolean {
  if (rule.foldersOnly && !isFolder) return false;
  if (rule.anchored) return matchesNames(rule.segments, names, count);
  const [segment] = rule.segments; // a pattern without a slash names a file or folder at any depth
  return segment === '**' || matchesName(segment, names[count - 1]);
}

export interface GlobOptions {
  /**
   * Whether `Secret.js` matches `secret.js`. Policy globs ignore case (a policy is shared by editors on every
   * system); a .gitignore is read the way git reads it on the system it runs on.
   */
  ignoreCase?: boolean;
}

/**
 * What a list of patterns says of a slash-separated path relative to the folder the patterns belong to (a folder's
 * path may end in `/`): true when one of its folders is excluded or the last pattern matching it excludes it, false
 * when that pattern re-includes it (`!keep.js`), undefined when no pattern speaks of it. A .gitignore deeper in the
 * tree that has a say overrules the ones above it. The first `includedFolders` folders of the path are taken as not
 * excluded: a folder named for a scan is scanned, and only what lies below it is tested.
 */
export function createGlobVerdict(
  patterns: readonly string[],
  { ignoreCase = true }: GlobOptions = {},
): (relativePath: string, options?: { includedFolders?: number }) => boolean | undefined {
  const rules = patterns.map((line) => parseRule(line, ignoreCase)).filter((rule): rule is GlobRule => rule !== undefined);
  // The last rule that matches decides, so the rules are tried from the end.
  const lastVerdict = (names: readonly string[], count: number, isFolder: boolean) => {
    for (let r = rules.length - 1; r >= 0; r--) if (ruleMatches(rules[r], names, count, isFolder)) return !rules[r].negative;
    return undefined;
  };
  return (relativePath, { includedFolders = 0 } = {}) => {
    const normalized = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (normalized.length === 0 || normalized.startsWith('../') || rules.length === 0) return undefined;
    const isFolder = normalized.endsWith('/');
    const path = isFolder ? normalized.slice(0, -1) : normalized;
    const names = (ignoreCase ? path.toLowerCase() : path).split('/');
    for (let depth = includedFolders + 1; depth < names.length; depth++) if (lastVerdict(names, depth, true) === true) return true;
    return lastVerdict(names, names.length, isFolder);
  };
}

/**
 * A slash-separated path as a pattern that matches it literally: wildcards, classes, a leading `!` or `#` and a
 * trailing blank escaped. (A backslash is a folder separator to the matcher, so a path never holds one.)
 */
export function escapeGlob(path: string): string {
  return path.replace(/[[\]*?]/g, '\\$&').replace(/^[!#]/, '\\$&').replace(/\s$/, '\\$&');
}

/** A predicate over paths: true when the patterns exclude the path (see createGlobVerdict). */
export function createGlobMatcher(patterns: readonly string[], options: GlobOptions = {}): (relativePath: string) => boolean {
  const verdict = createGlobVerdict(patterns, options);
  return (relativePath) => verdict(relativePath) === true;
}
