// Reading a pattern's source text, piece by piece: an escape, a character class. Shared by the analyses that walk a
// pattern without compiling it (whether it can match a line feed; how large it is once its repetitions are unrolled).
// JavaScript and RE2 syntax; built-in patterns are both.

export const LINE_FEED = 10;

/** `text` as a pattern that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a set escape (\s, \W, ...) includes the line feed, or 'unknown' for Unicode properties. */
export type SetAnswer = 'yes' | 'no' | 'unknown';

export interface Escape {
  /** Offset just past the escape. */
  end: number;
  /** The character it stands for, when it is one character. */
  code?: number;
  /** When it is a set of characters, whether the line feed is in it. */
  set?: SetAnswer;
}

const SET_ESCAPES: Record<string, SetAnswer> = { s: 'yes', W: 'yes', D: 'yes', S: 'no', w: 'no', d: 'no', b: 'no', B: 'no', A: 'no', z: 'no', p: 'unknown', P: 'unknown' };
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, a: 7, e: 27 };

/** Reads the escape starting at `at` (a backslash). */
export function readEscape(source: string, at: number): Escape {
  const letter = source[at + 1] ?? '';
  if ((letter === 'p' || letter === 'P') && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return { end: close < 0 ? source.length : close + 1, set: 'unknown' };
  }
  if (Object.hasOwn(SET_ESCAPES, letter)) return { end: at + 2, set: SET_ESCAPES[letter] };
  if (Object.hasOwn(CONTROL_ESCAPES, letter)) return { end: at + 2, code: CONTROL_ESCAPES[letter] };
  if (letter === 'x' && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return { end: close < 0 ? source.length : close + 1, code: parseInt(source.slice(at + 3, close), 16) };
  }
  if (letter === 'x') return { end: at + 4, code: parseInt(source.slice(at + 2, at + 4), 16) };
  if (letter === 'u' && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return { end: close < 0 ? source.length : close + 1, code: parseInt(source.slice(at + 3, close), 16) };
  }
  if (letter === 'u') return { end: at + 6, code: parseInt(source.slice(at + 2, at + 6), 16) };
  if (letter === 'c') return { end: at + 3, code: (source.charCodeAt(at + 2) ?? 0) % 32 };
  if (/[0-7]/.test(letter)) {
    const digits = /^[0-7]{1,3}/.exec(source.slice(at + 1))![0];
    return { end: at + 1 + digits.length, code: parseInt(digits, 8) };
  }
  return { end: at + 2, code: source.charCodeAt(at + 1) };
}

/** Reads `[...]` starting at `at`; says where it ends and whether it can match a line feed. */
export function readClass(source: string, at: number): { end: number; matchesLineFeed: boolean } {
  let i = at + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  // A ] first in the class is one of its characters (RE2; every built-in pattern compiles there too).
  if (source[i] === ']') i++;
  let contains = 'no' as SetAnswer;
  const include = (answer: SetAnswer) => {
    if (answer === 'yes' || (answer === 'unknown' && contains === 'no')) contains = answer;
  };
  while (i < source.length && source[i] !== ']') {
    if (source.startsWith('[:', i)) {
      // A POSIX class inside a class (RE2): not worth modelling.
      include('unknown');
      const close = source.indexOf(':]', i);
      i = close < 0 ? source.length : close + 2;
      continue;
    }
    let code: number | undefined;
    if (source[i] === '\\') {
      const escape = readEscape(source, i);
      i = escape.end;
      if (escape.set !== undefined) {
        include(escape.set);
        continue;
      }
      code = escape.code;
    } else {
      code = source.charCodeAt(i);
      i++;
    }
    if (code === undefined) continue;
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      // A range: code-<next>.
      let rangeEnd: number | undefined;
      if (source[i + 1] === '\\') {
        const escape = readEscape(source, i + 1);
        if (escape.set === undefined) rangeEnd = escape.code;
        i = escape.end;
      } else {
        rangeEnd = source.charCodeAt(i + 1);
        i += 2;
      }
      if (rangeEnd === undefined) include('unknown');
      else if (code <= LINE_FEED && rangeEnd >= LINE_FEED) include('yes');
      continue;
    }
    if (code === LINE_FEED) include('yes');
  }
  const end = Math.min(source.length, i + 1);
  // A negated class matches the line feed unless it surely contains it.
  return { end, matchesLineFeed: negated ? contains !== 'yes' : contains !== 'no' };
}
