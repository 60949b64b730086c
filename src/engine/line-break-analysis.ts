// Whether a pattern can match a line feed. A rule none of whose patterns can is run on its keywords' lines only,
// since the keyword is part of every match; the others also get the lines either side.
// The answer is conservative: anything not understood counts as "can match a line feed".
import { LINE_FEED, readClass, readEscape } from './regex-source';

/** True when some match of `source` (JavaScript or RE2 syntax, no `s` flag) may contain a line feed. */
export function canMatchLineBreak(source: string): boolean {
  // An inline flag group such as (?s) or (?is:...) lets `.` match line feeds.
  if (/\(\?[a-zA-Z]*s[a-zA-Z-]*[:)]/.test(source)) return true;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === LINE_FEED) return true;
    if (source[i] === '\\') {
      const escape = readEscape(source, i);
      if (escape.set !== undefined ? escape.set !== 'no' : escape.code === LINE_FEED) return true;
      i = escape.end - 1;
    } else if (source[i] === '[') {
      const klass = readClass(source, i);
      if (klass.matchesLineFeed) return true;
      i = klass.end - 1;
    }
  }
  return false;
}
