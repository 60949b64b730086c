// A light lexer: finds comment and string-literal spans so rules can say where a match must start.
// One linear-time token regex per language family; everything between tokens is code, and so is what a string runs:
// a template literal's `${...}`, an f-string's `{...}`, Ruby's `#{...}`, C#'s `$"{...}"`, a shell's `"$(...)"` and the
// command in `sh -c "..."`. It does not parse, but knows the tokens that hide code when missed: JavaScript's regex
// literals, heredocs, raw strings, nested comments. A string runs past its line only where the language allows it
// and its quote stands where a value starts (a snippet cut inside a string must not turn the code after it into text).
// JavaScript's templates nest (`${rows.map((r) => `<li>${r}`)}`): they are followed through their substitutions by a
// scanner of their own, and so are Python's one-line f-strings, whose fields may hold strings in the f-string's own
// quote since Python 3.12 (`f"{row["name"]}"`).

export type SpanKind = 'code' | 'string' | 'comment';

/** Comment and string spans of a text, sorted and disjoint; lookups by binary search. */
export interface Lexed {
  kindAt(offset: number): SpanKind;
}

const DQ = String.raw`"(?:[^"\\\n]|\\[\s\S])*"?`;
const SQ = String.raw`'(?:[^'\\\n]|\\[\s\S])*'?`;
const BLOCK = String.raw`\/\*[\s\S]*?\*\/|\/\*[\s\S]*`;
const LINE = String.raw`\/\/[^\n]*`;
const HASH = String.raw`#[^\n]*`;
const BACKTICK = String.raw`\x60(?:[^\x60\\]|\\[\s\S])*\x60?`;
// Strings that may span lines (shell, PHP, Rust); one left open ends at its line, as a cut-off snippet's does. Only
// a quote where a value starts opens one (see Family.multilineStringAfter): a snippet cut inside a string starts with
// its closing quote, which must not open a string over the code after it.
const MULTILINE_DQ = String.raw`"(?:[^"\\]|\\[\s\S])*"|"[^\n]*`;
const MULTILINE_SQ = String.raw`'(?:[^'\\]|\\[\s\S])*'|'[^\n]*`;
// A JavaScript regex literal; tokenEnd keeps it only where a value can start (else its slash divides). Bounded, so
// that a long line of slashes and brackets that never close costs a bounded search at each slash.
const REGEX_LITERAL = String.raw`\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.){0,300}\]){1,1000}\/`;
// A heredoc's opener (a shell's `<<EOF`, `<<-'EOF'`, not a here-string's `<<<`; PHP's `<<<SQL`): tokenEnd finds the
// line that ends its body.
const SHELL_HEREDOC_OPENER = String.raw`(?<!<)<<-?[ \t]*(?:'[A-Za-z_]\w*'|"[A-Za-z_]\w*"|\\?[A-Za-z_]\w*)`;
const PHP_HEREDOC_OPENER = String.raw`<<<[ \t]*(?:'[A-Za-z_]\w*'|"[A-Za-z_]\w*"|[A-Za-z_]\w*)`;
// An unterminated triple quote ends at its line: a pasted or cut-out snippet often starts inside a docstring,
// so its closing quotes look like an opener, and the code after them must stay code.
const TRIPLE_DQ = String.raw`"""[\s\S]*?"""|"""[^\n]*`;
const TRIPLE_SQ = String.raw`'''[\s\S]*?'''|'''[^\n]*`;
// Rust and C char literals; a lone quote (a Rust lifetime such as 'a) stays code.
const CHAR = String.raw`'(?:\\[^\n]{1,10}?|[^'\\\n])'`;

/**
 * Strings with substitutions whose insides are code: `${eval(x)}` in a template literal, `{x}` in an f-string or a
 * C# interpolated string, `#{x}` in a Ruby string, `$(cmd)` in a shell string.
 */
interface Interpolation {
  /** Whether a string token interpolates (a template literal, a Python string with an f prefix). */
  appliesTo(tokenText: string): boolean;
  /** What opens a substitution; a lone `{` opener is text when doubled (`{{` in a format string). */
  opener: '${' | '{' | '#{' | '$(';
}

interface Family {
  token: RegExp;
  interpolation?: Interpolation;
  /** Matches the line before a quoted string that is a command for a shell to run: its inside is code. */
  commandString?: RegExp;
  /** Triple-quote delimiters, checked for a text that starts inside a docstring. */
  tripleQuotes?: readonly string[];
  /** Hash comments only count at a line start or after white space (`$#`, `${#x}` and `a#b` are code). */
  hashNeedsSpaceBefore?: boolean;
  /** Backtick templates nest in their substitutions (JavaScript): scanTemplate follows them. */
  nestedTemplates?: boolean;
  /** A one-line interpolating string's fields may hold its own quote (Python 3.12's f-strings): fStringEnd follows. */
  fieldsHoldOwnQuote?: boolean;
  /** A quote right after a letter or digit is text (JSX's `<p>It's</p>`): in code it could not start a string. */
  quoteAfterWordIsText?: boolean;
  /** Heredocs: a shell's body is code for some program (`bash <<EOF`), quotes in it open nothing; PHP's is a string. */
  heredocBody?: 'code' | 'string';
  /** Block comments nest (Rust): one ends where its depth comes back to zero. */
  nestedBlockComments?: boolean;
  /** C++ raw strings, `R"(...)"`, run to their `)"`, over lines and quotes. */
  rawStringPrefix?: boolean;
  /**
   * Matches what comes before a quote whose string may run past its line (on its line, or the line above when the
   * quote starts its line): a value starts there. Other strings end at their line.
   */
  multilineStringAfter?: RegExp;
}

const family = (alternatives: string[], options: Omit<Family, 'token'> = {}): Family => ({ token: new RegExp(alternatives.join('|'), 'g'), ...options });

const JS_OPTIONS: Omit<Family, 'token'> = { interpolation: { appliesTo: (tokenText) => tokenText[0] === '`', opener: '${' }, nestedTemplates: true, quoteAfterWordIsText: true };
const JS_LIKE = family([LINE, BLOCK, BACKTICK, DQ, SQ, REGEX_LITERAL], JS_OPTIONS);
// Vue and Svelte components: a script and a template, whose HTML comments hold no code.
const COMPONENT_LIKE = family([String.raw`<!--[\s\S]*?-->|<!--[\s\S]*`, LINE, BLOCK, BACKTICK, DQ, SQ, REGEX_LITERAL], JS_OPTIONS);
const doubleQuoted = (tokenText: string) => tokenText[0] === '"';
const C_LIKE = family([LINE, BLOCK, DQ, SQ], { rawStringPrefix: true });
const JAVA_LIKE = family([LINE, BLOCK, TRIPLE_DQ, DQ, SQ]);
// Interpolated strings: raw ($"""...""", $$"""..."""), verbatim ($@"...", @$"...") and plain ($"...").
const CSHARP_LIKE = family([LINE, BLOCK, String.raw`\$+"""[\s\S]*?"""|\$+"""[^\n]*`, String.raw`(?:\$@|@\$)"(?:[^"]|"")*"?`, String.raw`@"(?:[^"]|"")*"?`, TRIPLE_DQ, `\\$${DQ}`, DQ, SQ], {
  interpolation: { appliesTo: (tokenText) => tokenText[0] === '$' || tokenText.startsWith('@$'), opener: '{' },
});
// Go's raw strings have no escapes: `\` is one backslash.
const GO_LIKE = family([LINE, BLOCK, String.raw`\x60[^\x60]*\x60?`, DQ, SQ]);
// Where a value starts: after an operator, an opening bracket or a keyword (`let sql = "SELECT ...`, `query(\n"...`);
// in PHP also after the `.` that joins strings.
const valueStartsAfter = (operators: string, keywords: string) => new RegExp(String.raw`(?:[${operators}]|\b(?:${keywords}))\s*$`);
const RUST_LIKE = family([LINE, BLOCK, String.raw`r#{1,5}"[\s\S]*?"#{1,5}`, MULTILINE_DQ, CHAR], {
  nestedBlockComments: true,
  multilineStringAfter: valueStartsAfter(String.raw`=([{,?:!&|+\-*%<>^`, 'return|in|let|const|static|break'),
});
// Inline HTML (`?>...<?php`) is passed over: an apostrophe in its text opens no string.
const PHP_LIKE = family([LINE, BLOCK, HASH, String.raw`\?>[\s\S]*?(?:<\?(?:php\b|=)|$)`, PHP_HEREDOC_OPENER, MULTILINE_DQ, MULTILINE_SQ], {
  heredocBody: 'string',
  multilineStringAfter: valueStartsAfter(String.raw`=([{,.?:!&|+\-*%<>^~`, 'return|echo|print|yield|case|and|or|xor'),
});
// A Python string's prefix (f, r, b, u, rb, fr...) belongs to the literal: an f-string starts at its f.
const PY_PREFIX = String.raw`(?:\b[rRbBuUfF]{1,2})?`;
const PYTHON_LIKE = family([HASH, ...[TRIPLE_DQ, TRIPLE_SQ, DQ, SQ].map((quoted) => `${PY_PREFIX}(?:${quoted})`)], {
  tripleQuotes: ['"""', "'''"],
  interpolation: { appliesTo: (tokenText) => /^[rRbBuU]?[fF]|^[fF][rR]/.test(tokenText), opener: '{' },
  fieldsHoldOwnQuote: true,
});
const HASH_OPTIONS: Omit<Family, 'token'> = {
  hashNeedsSpaceBefore: true,
  interpolation: { appliesTo: doubleQuoted, opener: '$(' },
  // `sh -c "..."`, `bash -lc '...'`, exec form `["/bin/sh", "-c", "..."]`, a Kubernetes `args: ["-c", "..."]`.
  commandString: /(?:(?:^|[\s"'[(/])(?:ba|z|da|k|a)?sh(?:\.exe)?["']?(?:[ \t,]{1,20}["']?-[a-zA-Z]{1,10}["']?){0,3}[ \t,]{1,20}|\bargs:[ \t]{0,20}\[[ \t]{0,20})["']?-[a-zA-Z]{0,9}c["']?[ \t,]{0,20}$/,
};
const HASH_LIKE = family([HASH, DQ, SQ], HASH_OPTIONS);
// Shell scripts: quotes may span lines, a single-quoted string has no escapes, and a heredoc's body is passed over.
// A shell word starts after a blank, `=`, a bracket or an operator, or at its line's start.
const SHELL_WORD_STARTS = /(?:^|[\s=(|&;<>])$/;
const SHELL_LIKE = family([HASH, SHELL_HEREDOC_OPENER, MULTILINE_DQ, String.raw`'[^']*'|'[^\n]*`], { ...HASH_OPTIONS, heredocBody: 'code', multilineStringAfter: SHELL_WORD_STARTS });
const RUBY_LIKE = family([String.raw`(?<=^|\n)=begin\b[\s\S]*?\n=end\b[^\n]*|(?<=^|\n)=begin\b[\s\S]*`, HASH, DQ, SQ], { hashNeedsSpaceBefore: true, interpolation: { appliesTo: doubleQuoted, opener: '#{' } });
const HCL_LIKE = family([HASH, LINE, BLOCK, DQ]);
const SQL_LIKE = family([String.raw`--[^\n]*`, BLOCK, SQ, DQ]);
// Markup: comments only (a quote in element text is just a character).
const XML_LIKE = family([String.raw`<!--[\s\S]*?-->|<!--[\s\S]*`]);

const FAMILY_BY_LANGUAGE: Record<string, Family> = {
  javascript: JS_LIKE, javascriptreact: JS_LIKE, typescript: JS_LIKE, typescriptreact: JS_LIKE, vue: COMPONENT_LIKE,
  svelte: COMPONENT_LIKE, c: C_LIKE, cpp: C_LIKE, 'cuda-cpp': C_LIKE, 'objective-c': C_LIKE, 'objective-cpp': C_LIKE,
  java: JAVA_LIKE, kotlin: JAVA_LIKE, scala: JAVA_LIKE, groovy: JAVA_LIKE, swift: JAVA_LIKE, csharp: CSHARP_LIKE,
  go: GO_LIKE, rust: RUST_LIKE, php: PHP_LIKE, python: PYTHON_LIKE, ruby: RUBY_LIKE, shellscript: SHELL_LIKE,
  powershell: HASH_LIKE, yaml: HASH_LIKE, 'github-actions-workflow': HASH_LIKE, dockerfile: HASH_LIKE,
  makefile: HASH_LIKE, dotenv: HASH_LIKE, toml: HASH_LIKE, terraform: HCL_LIKE, hcl: HCL_LIKE, sql: SQL_LIKE,
  xml: XML_LIKE,
};

const ALL_CODE: Lexed = { kindAt: () => 'code' };

/**
 * Lexes `text` as `languageId`; unknown languages are treated as all code. Lazy: tokens are found only as far
 * as the furthest offset asked about, so a file whose only candidate match is near the top is barely lexed.
 */
export function lex(text: string, languageId: string): Lexed {
  if (!Object.hasOwn(FAMILY_BY_LANGUAGE, languageId)) return ALL_CODE;
  const lang = FAMILY_BY_LANGUAGE[languageId];
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: SpanKind[] = [];
  const token = new RegExp(lang.token); // own lastIndex: lexing is re-entrant
  const innerToken = new RegExp(lang.token); // for the strings and comments inside a substitution
  const push = (start: number, end: number, kind: SpanKind) => {
    if (end <= start) return;
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
  };
  /**
   * Code inside a string token, from `from` to `to`: only the strings and comments within it get spans. Searched in
   * a slice of its own: a search in the whole text would run on to the next token, past every later substitution.
   */
  const pushCode = (from: number, to: number) => {
    const code = text.slice(from, to);
    innerToken.lastIndex = 0;
    for (let inner = innerToken.exec(code); inner !== null; inner = innerToken.exec(code)) {
      if (inner[0].length === 0) innerToken.lastIndex++;
      else push(from + inner.index, from + inner.index + inner[0].length, isComment(inner[0]) ? 'comment' : 'string');
    }
  };
  /**
   * A string that a shell runs (`sh -c "..."`) is code, quotes included: its opening quote is where a command starts,
   * as a line start or `;` is elsewhere. Strings and comments inside it still get spans.
   */
  const pushCommandString = (start: number, end: number) => pushCode(start + 1, end - 1);
  /** A string with substitutions: its literal parts are string, each substitution's inside is code. */
  const pushInterpolated = (start: number, end: number, opener: Interpolation['opener']) => {
    let literalStart = start;
    for (let at = start + 1; at < end; at++) {
      const ch = text[at];
      if (ch === '\\') {
        at++;
      } else if (opener === '{' && (ch === '{' || ch === '}') && text[at + 1] === ch) {
        at++;
      } else if (text.startsWith(opener, at)) {
        const inside = at + opener.length;
        const close = closingBracket(text, inside, end, opener === '$(' ? ')' : '}');
        if (close < 0) break;
        // The opening bracket is code too: a command substitution's `(` starts a command, as `(` does in code.
        push(literalStart, inside - 1, 'string');
        pushCode(inside, close);
        literalStart = close;
        at = close;
      }
    }
    push(literalStart, end, 'string');
  };
  let lexedUpTo = 0; // every token starting before this offset is known
  const passes: TokenPasses = { rawStringsCloseBefore: Infinity };
  let followsTemplates = true;
  let followsFields = true;
  const docstringEnd = lang.tripleQuotes ? endOfLeadingDocstring(text, lang.tripleQuotes) : 0;
  if (docstringEnd > 0) {
    push(0, docstringEnd, 'string');
    token.lastIndex = lexedUpTo = docstringEnd;
  }
  const lexThrough = (offset: number) => {
    while (lexedUpTo <= offset) {
      const match = token.exec(text);
      if (match === null) {
        lexedUpTo = Infinity;
        return;
      }
      const tokenText = match[0];
      const start = match.index;
      if (tokenText.length === 0) {
        token.lastIndex++;
        continue;
      }
      let end = tokenEnd(text, start, tokenText, lang, passes);
      if (end < 0) {
        token.lastIndex = start + 1; // not such a token after all: a slash that divides, a quote inside a word
        continue;
      }
      token.lastIndex = end;
      if (tokenText.startsWith('<<')) {
        // A heredoc: its opener's line is passed over with it, its body is code or a string.
        const bodyStart = text.indexOf('\n', start) + 1;
        if (lang.heredocBody === 'string') push(bodyStart, end, 'string');
        token.lastIndex = lexedUpTo = end;
        continue;
      }
      // A JavaScript template: the token ends at its first backtick, which may open a template nested in a
      // substitution. One that never closes loses the spans its scan pushed and keeps the token's end, as before
      // nesting was followed, and so do all templates after it: each would otherwise be scanned to the text's end.
      let templateEnd = -1;
      if (followsTemplates && lang.nestedTemplates && tokenText[0] === '`') {
        const spansBefore = starts.length;
        templateEnd = scanTemplate(text, start + 1, text.length, push);
        if (templateEnd < 0) {
          starts.length = ends.length = kinds.length = spansBefore;
          followsTemplates = false;
        }
      }
      // An f-string's token ends at its first quote of its own kind, which may be inside a field. One that does not
      // close on its line keeps the token's end, and so do all f-strings after it (each would scan its line again).
      if (followsFields && lang.fieldsHoldOwnQuote && lang.interpolation?.appliesTo(tokenText)) {
        const quoteAt = start + tokenText.search(/["']/);
        if (!text.startsWith(text[quoteAt].repeat(3), quoteAt)) {
          const fieldsEnd = fStringEnd(text, quoteAt);
          if (fieldsEnd < 0) followsFields = false;
          else token.lastIndex = end = fieldsEnd;
        }
      }
      if (templateEnd > 0) {
        token.lastIndex = end = templateEnd;
      } else if (lang.commandString && (tokenText[0] === '"' || tokenText[0] === "'") && lang.commandString.test(lineBefore(text, start))) {
        pushCommandString(start, end);
      } else if (lang.interpolation?.appliesTo(tokenText)) {
        pushInterpolated(start, end, lang.interpolation.opener);
      } else if (!tokenText.startsWith('?>')) {
        push(start, end, isComment(tokenText) ? 'comment' : 'string');
      }
      lexedUpTo = end;
    }
  };
  return {
    kindAt(offset: number): SpanKind {
      lexThrough(offset);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] > offset) hi = mid - 1;
        else if (ends[mid] <= offset) lo = mid + 1;
        else return kinds[mid];
      }
      return 'code';
    },
  };
}

/** What one lexing learns once for all its tokens, so that no search runs over the text again and again. */
interface TokenPasses {
  /** No C++ raw string closes after this offset: a search for one's end failed there. */
  rawStringsCloseBefore: number;
  /** Lines that can end a heredoc, by their word: where each such line ends, in order. */
  heredocEnds?: Map<string, number[]>;
}

/**
 * Where the token the token regex found at `start` really ends, or -1 when it is none: a quote after a word in JSX
 * text, a slash that divides, a heredoc opener with no line that ends its body (`x << y`). Heredocs, nested block
 * comments and C++ raw strings run further than the regex can follow.
 */
function tokenEnd(text: string, start: number, tokenText: string, lang: Family, passes: TokenPasses): number {
  const first = tokenText[0];
  const before = start > 0 ? text[start - 1] : '';
  if (first === '#' && lang.hashNeedsSpaceBefore && before !== '' && !/\s/.test(before)) return -1;
  if ((first === '"' || first === "'") && lang.quoteAfterWordIsText && /[\p{L}\p{N}_]/u.test(before) && !KEYWORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return -1;
  if (first === '/' && tokenText[1] !== '/' && tokenText[1] !== '*') {
    return REGEX_CAN_START.test(text.slice(Math.max(0, start - 40), start)) ? start + tokenText.length : -1;
  }
  if (tokenText.startsWith('<<')) {
    passes.heredocEnds ??= heredocEndsByWord(text, tokenText.startsWith('<<<'));
    return heredocEnd(text, start, tokenText, passes.heredocEnds);
  }
  if (lang.nestedBlockComments && tokenText.startsWith('/*')) return nestedCommentEnd(text, start);
  if (lang.multilineStringAfter && (first === '"' || first === "'") && tokenText.includes('\n')) {
    // A string that runs on: only one a value starts with, and whose line holds no quote of the other kind after it
    // (a snippet cut inside `"... name = '" . $n;` starts with both, and the code below must stay code).
    const lineEnd = text.indexOf('\n', start);
    const otherQuote = first === '"' ? "'" : '"';
    if (!lang.multilineStringAfter.test(textBeforeQuote(text, start)) || text.slice(start + 1, lineEnd).includes(otherQuote)) return lineEnd;
  }
  if (lang.rawStringPrefix && first === '"' && text[start + 1] === '(' && /(?:^|[^\w])(?:u8|[LuU])?R$/.test(text.slice(Math.max(0, start - 4), start))) {
    const close = start < passes.rawStringsCloseBefore ? text.indexOf(')"', start + 2) : -1;
    if (close >= 0) return close + 2;
    passes.rawStringsCloseBefore = Math.min(passes.rawStringsCloseBefore, start);
  }
  return start + tokenText.length;
}

/** A keyword that a string may follow with no space between in minified code (`return"x"`, `case"a":`). */
/** JavaScript keywords after which a value starts: a quote opens a string there, a slash a regex literal. */
const VALUE_KEYWORDS = 'return|case|typeof|instanceof|in|of|void|delete|throw|new|yield|await|else|do|default|from|export|import';
const KEYWORD_BEFORE = new RegExp(String.raw`(?:^|[^\w$])(?:${VALUE_KEYWORDS})$`);



/** Where the heredoc opened at `start` ends (see heredocEndsByWord), or -1 when no line after it ends it. */
function heredocEnd(text: string, start: number, opener: string, endsByWord: Map<string, number[]>): number {
  const ends = endsByWord.get(/\w+(?=['"]?$)/.exec(opener)?.[0] ?? '');
  const bodyStart = text.indexOf('\n', start) + 1;
  if (!ends || bodyStart === 0) return -1;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle] <= bodyStart) low = middle + 1;
    else high = middle;
  }
  return low < ends.length ? ends[low] : -1;
}

/**
 * The lines that can end a heredoc, in one pass: a word alone on its line (indented, for `<<-`), or in PHP a word
 * starting its line (`SQL;`, `SQL)`). The offsets are where a heredoc's span ends: a shell's line end, PHP's word end.
 */
function heredocEndsByWord(text: string, php: boolean): Map<string, number[]> {
  const ends = new Map<string, number[]>();
  // PHP's body ends at the word: what follows it on that line is code.
  const line = php ? /^[ \t]*([A-Za-z_]\w*)\b/gm : /^[ \t]*([A-Za-z_]\w*)[ \t]*\r?$/gm;
  for (const found of text.matchAll(line)) {
    const list = ends.get(found[1]) ?? [];
    list.push(found.index + found[0].length);
    ends.set(found[1], list);
  }
  return ends;
}

/** Past the `*\/` that closes the block comment opening at `start`, counting the ones nested in it; else the text's end. */
function nestedCommentEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length - 1; at++) {
    if (text[at] === '/' && text[at + 1] === '*') {
      depth++;
      at++;
    } else if (text[at] === '*' && text[at + 1] === '/') {
      at++;
      if (--depth === 0) return at + 1;
    }
  }
  return text.length;
}

/** What precedes a quote: its line up to it; the line above too when only blanks precede it on its line. */
function textBeforeQuote(text: string, quoteAt: number): string {
  const onLine = lineBefore(text, quoteAt);
  if (onLine.trim() !== '') return onLine;
  const lineStart = quoteAt - onLine.length;
  return lineStart > 0 ? `${lineBefore(text, lineStart - 1)}\n${onLine}` : onLine;
}

/** The text before `offset` on its line, at most 200 characters of it (never a search back along a long line). */
function lineBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * The `}` or `)` that closes a substitution whose inside starts at `from`, before `end`, or -1. Nested pairs and
 * quoted strings inside it (`${fn({ a: "}" })}`) are passed over.
 */
function closingBracket(text: string, from: number, end: number, closer: '}' | ')'): number {
  const opener = closer === '}' ? '{' : '(';
  let depth = 1;
  for (let at = from; at < end; at++) {
    const ch = text[at];
    if (ch === '\\') {
      at++;
    } else if (ch === '"' || ch === "'") {
      // To the matching quote, looking no further than the string token itself.
      do at++;
      while (at < end && text[at] !== ch);
      if (at >= end) return -1;
    } else if (ch === opener) {
      depth++;
    } else if (ch === closer && --depth === 0) {
      return at;
    }
  }
  return -1;
}

/**
 * Past the closing quote of a one-line f-string whose opening quote is at `quoteAt`: the first quote of its kind
 * outside its fields (`{{` is a literal brace; a field's strings, in either quote, are passed over); -1 when it does
 * not close on its line.
 */
function fStringEnd(text: string, quoteAt: number): number {
  const quote = text[quoteAt];
  let depth = 0;
  for (let at = quoteAt + 1; at < text.length && text[at] !== '\n'; at++) {
    const ch = text[at];
    if (ch === '\\') {
      at++;
    } else if (depth === 0) {
      if (ch === quote) return at + 1;
      if (ch === '{' && text[at + 1] === '{') at++;
      else if (ch === '{') depth = 1;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
    } else if (ch === '"' || ch === "'") {
      at = closingQuote(text, at, text.length);
      if (text[at] !== ch) return -1;
    }
  }
  return -1;
}

/** The closing quote of the string that opens at `open`, which does not look past its line: its offset, else where it stopped. */
function closingQuote(text: string, open: number, to: number): number {
  let at = open + 1;
  for (; at < to && text[at] !== text[open] && text[at] !== '\n'; at++) if (text[at] === '\\') at++;
  return at;
}

/** In scanTemplate's stack, a template literal; other entries are a substitution's count of open braces. */
const IN_TEMPLATE = -1;
/**
 * What a regular expression literal can follow (else a slash divides): an operator, an opening bracket, a keyword, or
 * nothing. Not `<` or `>` alone: JSX's closing tags (`</b>`) would read as the start of one.
 */
const REGEX_CAN_START = new RegExp(String.raw`(?:^|[(,=:[!&|?{};+\-*%~^]|=>|\b(?:${VALUE_KEYWORDS}))\s*$`);

/**
 * Follows a JavaScript template literal from `from`, just past its opening backtick, to past its closing one; -1 when
 * it is still open at `to`. The literal parts are string; each substitution's inside is code, in which it passes over
 * brace pairs, quoted strings, comments, regular expression literals and nested templates. It keeps its place in a
 * stack rather than by recursion, so nesting costs no call depth and each character is read once. It reports the
 * string and comment spans to `emit` in order (a substitution's `${` is string up to its brace, which is code).
 */
function scanTemplate(text: string, from: number, to: number, emit: (start: number, end: number, kind: SpanKind) => void): number {
  const stack = [IN_TEMPLATE];
  let literalStart = from - 1;
  for (let at = from; at < to; at++) {
    const ch = text[at];
    const top = stack[stack.length - 1];
    if (ch === '\\') {
      at++;
    } else if (top === IN_TEMPLATE) {
      if (ch === '`') {
        emit(literalStart, at + 1, 'string');
        stack.pop();
        if (stack.length === 0) return at + 1;
      } else if (ch === '$' && text[at + 1] === '{') {
        emit(literalStart, at + 1, 'string');
        stack.push(0);
        at++;
      }
    } else if (ch === '`') {
      stack.push(IN_TEMPLATE);
      literalStart = at;
    } else if (ch === '{') {
      stack[stack.length - 1] = top + 1;
    } else if (ch === '}') {
      if (top > 0) {
        stack[stack.length - 1] = top - 1;
      } else {
        stack.pop();
        literalStart = at;
      }
    } else if (ch === '"' || ch === "'") {
      const open = at;
      at = closingQuote(text, open, to);
      emit(open, Math.min(at + 1, to), 'string');
    } else if (ch === '/' && text[at + 1] === '/') {
      const lineEnd = text.indexOf('\n', at);
      const end = lineEnd < 0 || lineEnd > to ? to : lineEnd;
      emit(at, end, 'comment');
      at = end;
    } else if (ch === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2);
      const end = close < 0 || close + 2 > to ? to : close + 2;
      emit(at, end, 'comment');
      at = end - 1;
    } else if (ch === '/' && REGEX_CAN_START.test(text.slice(Math.max(from, at - 40), at))) {
      // A regular expression literal (`.replace(/'/g, "")`): its quotes, braces and backticks are not code's.
      at = regexLiteralEnd(text, at, to);
    }
  }
  return -1;
}

/** Where the regular expression literal that opens at `start` ends: its closing slash, else its line's end. */
function regexLiteralEnd(text: string, start: number, to: number): number {
  let inClass = false;
  for (let at = start + 1; at < to; at++) {
    const ch = text[at];
    if (ch === '\\') at++;
    else if (ch === '\n') return at - 1;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return at;
  }
  return to;
}

function isComment(tokenText: string): boolean {
  const first = tokenText[0];
  if (first === '#' || tokenText.startsWith('=begin')) return true;
  const two = tokenText.slice(0, 2);
  return two === '//' || two === '/*' || two === '--' || tokenText.startsWith('<!--');
}

/**
 * Where a docstring that the text starts inside ends, or 0. A whole file never starts inside one, but a pasted
 * or cut-out snippet often does, and then its first triple quote closes rather than opens: it ends its line
 * (`"""` or `""")`), nothing before it on the line asks for a value (`x = """`, `f(r"""`), and the lines above
 * it read as prose or doctest (`>>> f(x)`) rather than as code (`def f():`, `y = 1`).
 */
function endOfLeadingDocstring(text: string, delimiters: readonly string[]): number {
  const firstAt = Math.min(...delimiters.map((delimiter) => text.indexOf(delimiter)).filter((at) => at >= 0));
  if (!Number.isFinite(firstAt)) return 0;
  const end = firstAt + delimiters.find((delimiter) => text.startsWith(delimiter, firstAt))!.length;
  const lineStart = text.lastIndexOf('\n', firstAt - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const before = text.slice(lineStart, firstAt);
  if (!/^[\s),\].]*$/.test(after) || OPENING_CONTEXT.test(before.replace(STRING_PREFIX, ''))) return 0;
  let prose = 0;
  let code = 0;
  for (const line of text.slice(Math.max(0, lineStart - 4000), lineStart).concat(before).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const kind = lineKind(trimmed);
    if (kind === 'prose') prose++;
    else if (kind === 'code') code++;
  }
  return prose > code ? end : 0;
}

const OPENING_CONTEXT = /(?:[=([{,:+%]|\b(?:return|yield|print))\s*$/;
const STRING_PREFIX = /[rRbBuUfF]{1,2}$/;
const PYTHON_STATEMENT = /^(?:def|class|if|elif|else|for|while|try|except|finally|with|return|import|from|raise|assert|yield|pass|break|continue|del|global|lambda|print|async|await)\b|^@/;

/**
 * A short line with neither statement nor punctuation (`x`, `the end.`) could be either, and counts as neither.
 * Quoted words are passed over (prose that names `'quit()'` is still prose), and a docstring's section heading
 * (`Returns:`, `See also:`) is prose.
 */
function lineKind(line: string): 'prose' | 'code' | undefined {
  if (line.startsWith('>>>') || line.startsWith('...')) return 'prose';
  if (SECTION_HEADING.test(line)) return 'prose';
  const unquoted = line.replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, "''");
  if (PYTHON_STATEMENT.test(unquoted)) return 'code';
  // Three words in a row, with no assignment, are a sentence that names a call (`Unlike pickle.loads(), this ...`).
  if (!unquoted.includes('=') && /\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/.test(unquoted)) return 'prose';
  if (/[=(){}[\];]|:$/.test(unquoted)) return 'code';
  return /(?:[A-Za-z`'"*]+[,.;:]?\s+){2}\S/.test(unquoted) ? 'prose' : undefined;
}

const SECTION_HEADING = /^[A-Z][a-z]+(?: [a-z]+){0,2}:$/;
