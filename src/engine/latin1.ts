// V8 compiles each regular expression separately for one-byte (Latin-1) and two-byte strings, and a file holding a
// single character past Latin-1 (a dash in a comment, an emoji) is a two-byte string: every pattern that runs on it
// is compiled a second time, which on real code was about a tenth of a cold scan. Rule patterns therefore run on a
// one-byte stand-in of such a text, of the same length, so that every offset still points at the same character.

/** Stands in for a character past Latin-1: no word character, space, quote or bracket, so it matches as one would. */
const OTHER_STAND_IN = '\u00bf';
/** Unicode's line and paragraph separators are line terminators to `.`, `^` and `$`, and spaces to `\s`: like `\r`. */
const LINE_SEPARATOR_STAND_IN = '\r';
/** Other Unicode spaces are `\s` and nothing else: like the no-break space. */
const SPACE_STAND_IN = '\u00a0';

const PAST_LATIN1 = /[\u0100-\uffff]/;
const PAST_LATIN1_ALL = /[\u0100-\uffff]/g;

function standIn(character: string): string {
  if (character === '\u2028' || character === '\u2029') return LINE_SEPARATOR_STAND_IN;
  return /\s/.test(character) ? SPACE_STAND_IN : OTHER_STAND_IN;
}

/**
 * `text` itself when it is all Latin-1; otherwise a one-byte string of the same length with each character past
 * Latin-1 replaced by a stand-in that the built-in patterns' classes treat alike (`\s`, `\w`, `.`, negated classes).
 */
export function latin1StandIn(text: string): string {
  if (!PAST_LATIN1.test(text)) return text;
  // The replaced string is still stored as two-byte; a round trip through Latin-1 bytes makes it one-byte.
  return Buffer.from(text.replace(PAST_LATIN1_ALL, standIn), 'latin1').toString('latin1');
}

/** Pattern syntax that can tell characters past Latin-1 apart: such a rule runs on the text itself. */
const WIDE_PATTERN_SYNTAX = /[\u0100-\uffff]|\\u|\\p|\\x[89a-fA-F]/;

export const needsOriginalText = (patterns: readonly string[]) => patterns.some((source) => WIDE_PATTERN_SYNTAX.test(source));
