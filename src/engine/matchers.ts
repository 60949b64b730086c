// Named checks on a match that a regular expression cannot express. Rules refer to them by name.
import { GO, JS, PHP, PYTHON, RUBY, RUST } from './languages';
import { assignmentsOf, usesRequestInput } from './request-input';
import { escapeRegExp } from './regex-source';
import { ALLOCATION_OVERFLOW_TEST } from './rules/c-cpp';
import { GRAPHQL_TYPE_NAME } from './rules/credentials';
import { NON_SECURITY_HASH_USE, PUBLIC_HMAC_LABEL, SCRIPT_READABLE_COOKIE } from './rules/shared-families';
import { isInForce, parseSuppression, parseUntil, SUPPRESSION_KEYWORD } from './suppress';
import { splitAtTopLevelCommas } from './top-level-commas';

/** What a check may know beyond the matched value. */
export interface MatchContext {
  knownRuleIds: ReadonlySet<string>;
  now: Date;
  languageId: string;
  /** The scanned file's path, when it has one. */
  path?: string;
  /**
   * The variables that the lines above an offset (and its own line, up to it) assign request data to; with
   * `objectsOnly`, only those a read that can give an object assigns (a parsed query or body, not a header).
   */
  inputVariablesBefore(offset: number, objectsOnly?: boolean): ReadonlySet<string>;
  /** The lines from `before` lines above the one holding `offset` to `after` lines below it. */
  linesAround(offset: number, before: number, after: number): string;
  /** The text from `lines` lines above the one holding `offset` up to `offset`. */
  textBefore(offset: number, lines: number): string;
  /** The text from `offset` to the end of its line. */
  restOfLine(offset: number): string;
  /** Where `pattern` first matches in the scanned text, or -1; found once per scan, however many matches ask. */
  firstMatchAt(pattern: RegExp): number;
}

/** A check of a match's value; `at` is where the match starts in the scanned text. */
export type MatchCheck = (value: string, context: MatchContext, at: number) => boolean;

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const PLACEHOLDER =
  /(?:x{4,}|\*{3,}|\.{3}|<[^>]{0,40}>|\$\{|\{\{|%\(|your[-_ ]?|example|sample|dummy|placeholder|changeme|change[-_]me|replace[-_ ]?me|redacted|insert[-_ ]|enter[-_ ]|todo|fixme|test[-_]?(?:key|token|secret|password)|fake|process\.env|os\.environ|getenv|\bnull\b|\bnone\b|\bundefined\b)/i;

const ENCODED_TYPE_ID = new RegExp(String.raw`^(?:btoa|Buffer\.from)\(\s{0,5}['"\x60]${GRAPHQL_TYPE_NAME}:`);

/** True when a value is written to be replaced (your-key-here, <token>, xxxx, ${KEY}), rather than one that works. */
function looksLikeStandIn(value: string): boolean {
  return PLACEHOLDER.test(value) || /^(.)\1+$/.test(value);
}

/** True when a value is a stand-in that someone must replace, or a word too common to be anyone's credential. */
export function looksLikePlaceholder(value: string): boolean {
  return looksLikeStandIn(value) || /^(?:0123456789|abcdef|123456|abc123|qwerty|password|passw0rd|secret|admin|letmein)/i.test(value);
}

/**
 * Whether `length` letters in a row follow the alphabet in any case ("aBcDeFgHiJ"): typed by hand, not generated.
 * Only rules without a provider format use it: a provider's own prefix (vcp_aBcDeF…) still marks a value worth a look.
 */
function hasAlphabetRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const previous = value.charCodeAt(i - 1) | 32;
    const current = value.charCodeAt(i) | 32;
    run = current === previous + 1 && current >= 97 && current <= 122 && previous >= 97 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * Whether most neighbouring characters step up by one, in any case ("AbCeFG123", "abcd1234"): a value typed in order
 * as a stand-in, not one chosen or generated.
 */
function isTypedInOrder(value: string): boolean {
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    const previous = value.charCodeAt(i - 1) | 32;
    const current = value.charCodeAt(i) | 32;
    const sameKind = (previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57);
    if (sameKind && current === previous + 1 && current !== 58 && current !== 123) steps++;
  }
  return steps >= 0.7 * (value.length - 1);
}

/**
 * Words, not a key: letters only, in lowercase, Capitalised or UPPERCASE words, run together or joined by -, _ or
 * a blank ("secret-value", "MyServiceName", "ThisIsASecretPhrase"). Random letters after a token's prefix
 * ("glpat-QHsSXfZZ…") break into several one-letter pieces, so they are not words even with no digit among them.
 */
function isWords(value: string): boolean {
  if (!/^[A-Za-z]+(?:[-_ ][A-Za-z]+)*$/.test(value)) return false;
  const pieces = value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
  return pieces.filter((piece) => piece.length === 1).length <= 1;
}

/** A real-looking generated secret: long enough, mixed, high entropy, and not a placeholder. */
function isHighEntropySecret(value: string): boolean {
  if (value.length < 12 || looksLikePlaceholder(value)) return false;
  if (isWords(value)) return false;
  if (/^[\w.-]+\.(?:com|org|net|io|json|yaml|yml|txt|pem|key)$/i.test(value)) return false; // file or host names
  return shannonEntropy(value) >= 3.3;
}

/**
 * A fixed-size array declared at the start of the match is the destination of the memcpy/memmove that ends it,
 * and the byte count is neither a sizeof nor a constant, nor compared in an `if` in between: a stack overflow
 * whenever the count exceeds the array.
 */
function copiesIntoDeclaredArray(matched: string): boolean {
  const declared = /(\w+)\s*\[[^\]\n]*\]\s*(?:=[^;]*)?;/.exec(matched);
  const call = /\b(?:mem(?:cpy|move)|(?:Rtl)?(?:Copy|Move)Memory)\s*\(\s*&?(\w+)(?:\s*\[\s*0\s*\])?\s*,([^;]*)\)\s*;\s*$/.exec(matched);
  if (!declared || !call || call[1] !== declared[1]) return false;
  const count = lastArgument(call[2]).trim();
  if (/^(?:sizeof\b|\(?\s*\d+\s*\)?$)/.test(count)) return false;
  const between = matched.slice(declared.index + declared[0].length, call.index);
  const countNames = count.match(/[A-Za-z_]\w*/g) ?? [];
  // Compared on either side, alone or in a sum: if (klen + 36 > sizeof buf), if (sizeof buf < n).
  return !countNames.some((name) =>
    new RegExp(String.raw`\bif\s*\([^;{]*(?:\b${name}\b(?:\s*[-+*]\s*\w+){0,3}\s*[<>]|[<>]=?\s*(?:\w+\s*[-+*]\s*){0,3}${name}\b)`).test(between),
  );
}

/** C and C++ comments and string and character literals: text that holds no code to follow. */
const C_COMMENTS_AND_LITERALS = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

/**
 * The pointer that the free() or delete starting the match releases is dereferenced (p->x, p[i], *p) later on that
 * line or on the next, before anything assigns it again and before the path that freed it ends (a block closes, an
 * else or another case starts, a break, continue or goto leaves unconditionally): a use after free. Comments,
 * string and character literals and sizeof operands (never evaluated) do not count.
 */
function usesFreedPointer(matched: string): boolean {
  const freed = /^(?:free\s*\(\s*(\w+)\s*\)|delete\s*(?:\[\s*\]\s*)?(\w+))\s*;/.exec(matched);
  const name = freed?.[1] ?? freed?.[2];
  if (!freed || !name) return false;
  const after = matched
    .slice(freed[0].length)
    .replace(C_COMMENTS_AND_LITERALS, ' ')
    .replace(/\bsizeof\s*(?:\([^)\n;]*\)|\*?\s*[\w.>-]+)/g, ' ')
    // A jump taken only on a condition (if (done) break;) leaves the path going on when it is not.
    .replace(/\bif\s*\([^;{}\n]*\)\s*(?:break|continue|goto\s*\w+)\s*;/g, ' ');
  // The name itself, not a member that has the same name (s->name[0], s.name[0]).
  const use = after.search(new RegExp(String.raw`(?:^|[^\w.>])${name}\s*(?:->|\[)|(?:^|[=(,;{]|\breturn)\s*\*\s*${name}\b`));
  const end = after.search(new RegExp(String.raw`\}|\belse\b|\bcase\b|\bdefault\s*:|\bbreak\s*;|\bcontinue\s*;|\bgoto\b|\b${name}\s*=(?!=)`));
  return use >= 0 && (end < 0 || use < end);
}

/** How far above a free() its array's declaration is looked for: a long function declares its locals at its top. */
const DECLARATION_LOOKBEHIND_LINES = 150;
/** Words that can come before `name[...]` in a statement that declares nothing (return buf[0];). */
const NOT_A_TYPE = /^(?:return|else|case|goto|do|sizeof|typedef|throw|delete|new)$/;

/**
 * The free() or delete starting the match releases an array declared in a block still open there (a local or static
 * array, memory that no allocator handed out), not a pointer: no declaration of the same name as a pointer and no
 * assignment to it (an array cannot be assigned) comes between. Parameters (`char name[64]` is a pointer there) and
 * struct members are not declarations of this kind: a parenthesis precedes the one, a closing brace follows the other.
 */
function freesDeclaredArray(matched: string, context: MatchContext, at: number): boolean {
  const freed = /^(?:free\s*\(\s*(\w+)\s*\)|delete\s*(?:\[\s*\]\s*)?(\w+))/.exec(matched);
  const name = freed?.[1] ?? freed?.[2];
  if (!name) return false;
  const code = context.textBefore(at, DECLARATION_LOOKBEHIND_LINES).replace(C_COMMENTS_AND_LITERALS, ' ');
  // The last statement of the form `<type words> [*...] name[...]... [= ...];`.
  let declarationEnd = -1;
  for (const use of code.matchAll(new RegExp(String.raw`\b${name}\s*\[[^\]\n;]*\](?:\s*\[[^\]\n;]*\])*\s*(?:=[^;]*)?;`, 'g'))) {
    const statementStart = Math.max(code.lastIndexOf(';', use.index), code.lastIndexOf('{', use.index), code.lastIndexOf('}', use.index)) + 1;
    const words = code.slice(statementStart, use.index).replace(/\*/g, ' ').trim().split(/\s+/);
    if (words[0] !== '' && words.every((word) => /^[A-Za-z_]\w*$/.test(word) && !NOT_A_TYPE.test(word))) declarationEnd = use.index + use[0].length;
  }
  if (declarationEnd < 0) return false;
  const after = code.slice(declarationEnd);
  if (new RegExp(String.raw`\*\s*${name}\b|\b${name}\s*=(?!=)`).test(after)) return false;
  return !closesEnclosingBlock(after);
}

/**
 * The key generation ending the match is given the variable that the assignment starting it set, and no code on the
 * way assigns that variable again for sure. A size set again only on some paths (a branch, a command-line option)
 * still reaches the key on the others.
 */
function passesAssignedKeySize(matched: string): boolean {
  const assigned = /^([\w.>-]+)\s*=[^;]*;/.exec(matched);
  const passed = /([\w.>-]+)\s*[,)]$/.exec(matched)?.[1];
  if (!assigned || assigned[1] !== passed) return false;
  const between = matched.slice(assigned[0].length).replace(C_COMMENTS_AND_LITERALS, ' ');
  const reassigned = new RegExp(String.raw`(?:^|[^\w.>])${escapeRegExp(passed)}\s*=(?!=)`).exec(between);
  if (!reassigned) return true;
  // Set again under a condition: on a line of its own that a branch heads, or after the line that opens one.
  const lineStart = between.lastIndexOf('\n', reassigned.index) + 1;
  const lineEnd = between.indexOf('\n', reassigned.index);
  const line = between.slice(lineStart, lineEnd < 0 ? between.length : lineEnd);
  const previous = between.slice(0, lineStart).trimEnd().split('\n').at(-1) ?? '';
  return /^\s*(?:\}\s*)?(?:if|else|case|default|for|while|do)\b|\?/.test(line) || /\b(?:if|for|while|switch)\s*\(.*\)\s*\{?\s*$|\b(?:else|do)\s*\{?\s*$|\b(?:case\b[^:\n]*|default\s*):\s*$/.test(previous);
}

/**
 * A function's header: `def name(`, `func (r *T) Name(`, `function name(`, `fn name(`, `const name = (...) =>`, and a
 * C#, Java or C method's `Type Name(params) {`.
 */
const FUNCTION_HEADER = /\b(?:(?:def|function|fn)\s+|func\s+(?:\([^)\n]{0,80}\)\s*)?)(\w+)|\b(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?(?:function\b|\([^)\n]{0,80}\)\s*=>)|\b[\w<>[\],.?]{1,60}[ \t]+(\w+)[ \t]*\([^()\n]{0,200}\)[ \t]*(?:\{|=>|\r?\n[ \t]*\{)/g;
const HARMLESS_HASH_USE = new RegExp(NON_SECURITY_HASH_USE);
const SCRIPT_READABLE = new RegExp(SCRIPT_READABLE_COOKIE);

/** The hash is computed inside a function named for a use that needs no collision resistance (cache_key, ETag, gravatar_url). */
function hashedOutsideHarmlessFunction(_value: string, context: MatchContext, at: number): boolean {
  const before = context.textBefore(at, 15);
  const header = [...before.matchAll(FUNCTION_HEADER)].at(-1);
  const name = header && functionName(header);
  return !header || name === undefined || !HARMLESS_HASH_USE.test(name) || !stillInside(before, header.index);
}

/** The name a FUNCTION_HEADER match declares (its alternatives capture it in different groups). */
const functionName = (header: RegExpMatchArray): string | undefined => header.slice(1).find((group) => group !== undefined);

/**
 * Whether the function whose header starts at `headerAt` in `text` is still open at the text's end: its braces
 * not yet closed or, without braces (Python, Ruby), every line since the header indented deeper than it.
 */
function stillInside(text: string, headerAt: number): boolean {
  const body = text.slice(headerAt);
  const open = body.indexOf('{');
  if (open >= 0 && !body.slice(0, open).includes('\n\n')) {
    return braceBalance(body.slice(open)) > 0;
  }
  const lines = body.split('\n');
  const indent = (line: string) => line.length - line.trimStart().length;
  const headerIndent = indent(text.slice(text.lastIndexOf('\n', headerAt) + 1, headerAt + 1));
  return lines.slice(1).every((line) => line.trim() === '' || indent(line) > headerIndent);
}

/** The switch to root at the match is not undone by a later USER of another account in the same build stage. */
function rootNotDroppedLater(_value: string, context: MatchContext, at: number): boolean {
  const after = context.linesAround(at, 0, 500).slice(context.restOfLine(at).length);
  const stageEnd = /^[ \t]*FROM[ \t]/im.exec(after)?.index ?? after.length;
  return !/^[ \t]*USER[ \t]+["']?(?!(?:root|0)(?::[\w-]+)?["']?[ \t]*$)\S/im.test(after.slice(0, stageEnd));
}

/**
 * The action can be sent by a cross-site form: its controller class carries no anti-forgery attribute, and is no
 * [ApiController] whose action a browser would preflight (a PUT, DELETE or PATCH, or a POST of a JSON [FromBody]).
 */
function actionClassUnprotected(value: string, context: MatchContext, at: number): boolean {
  const classes = [...context.textBefore(at, 400).matchAll(/((?:\[(?:[^[\]\n]|\[[^[\]\n]{0,60}\]){1,200}\][ \t]*\r?\n?[ \t]*){0,8})(?:(?:public|internal|sealed|abstract|partial|static)\s+){0,4}class\s+\w+/g)];
  const attributes = classes.at(-1)?.[1] ?? '';
  // ([IgnoreAntiforgeryToken] turns the check off: the class's actions are as exposed as with no attribute.)
  if (/\[\s*(?:AutoValidateAntiforgeryToken|ValidateAntiForgeryToken)\b/.test(attributes)) return false;
  if (!/\[\s*ApiController\b/.test(attributes)) return true;
  return /\bHttpPost\b/.test(value) && !/\[\s*FromBody\b/.test(context.restOfLine(at + value.length));
}

/**
 * A shell function given a variable (`exec($cmd)`) whose assignments in the lines above escape every value they join
 * in (`$cmd = 'convert ' . escapeshellarg($in) . ...`) is safe; a variable assigned out of sight, or with any value
 * joined in bare, is reported.
 */
function commandVariableUnescaped(_value: string, context: MatchContext, at: number): boolean {
  const name = /^\w+\s*\(\s*\$(\w+)\s*[,)]/.exec(context.restOfLine(at))?.[1];
  if (!name) return true;
  const before = context.textBefore(at, 8);
  const starts = [...before.matchAll(new RegExp(String.raw`\$${name}\s*\.?=(?!=)`, 'g'))];
  if (starts.length === 0) return true;
  // What each assignment joins in, its literals (which may hold a `;`) and escaped values taken out: any variable
  // or call left, or a variable inside a double-quoted literal, reaches the shell as it is.
  return starts.some((start) => {
    const joined = phpStatementRest(before, start.index + start[0].length)
      .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (literal) => (literal[0] === '"' && /\$\w|\{\$/.test(literal) ? ' $interpolated ' : ' '))
      .replace(/\bescapeshell(?:arg|cmd)\s*\(\s*\$[\w>[\]'"-]*\s*\)/g, ' ');
    return /\$\w|\b\w+\s*\(/.test(joined);
  });
}

/** A PHP statement's text from `from` to its `;`, passing over string literals (a `;` in one ends nothing). */
function phpStatementRest(text: string, from: number): string {
  let quote = '';
  for (let at = from; at < text.length; at++) {
    const ch = text[at];
    if (quote) {
      if (ch === '\\') at++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ';') {
      return text.slice(from, at);
    }
  }
  return text.slice(from);
}

/** A path fixed when the code is written: the module's folder or the working directory joined with literals only. */
const FIXED_PATH = /^(?:path\s*\.\s*(?:join|resolve)\s*\(\s*)?(?:__dirname|__filename|process\.cwd\(\))(?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*\s*\)?$/;

/** The file call's path is not a variable that the lines above set to a fixed path (`const dir = path.join(__dirname, 'migrations')`). */
function pathVariableNotFixed(_value: string, context: MatchContext, at: number): boolean {
  const name = /^[^(\n]*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/.exec(context.restOfLine(at))?.[1];
  if (!name) return true;
  // Every assignment in the lines above, compound ones (dir += '/' + sub) included: the last must set a fixed path.
  const assigned = [...context.textBefore(at, 6).matchAll(new RegExp(String.raw`(?:^|[^\w$.])${escapeRegExp(name)}\s*([-+*/]|\?\?|\|\||&&)?=(?!=)\s*([^;\n]*)`, 'g'))].at(-1);
  return !assigned || assigned[1] !== undefined || !FIXED_PATH.test(assigned[2].trim());
}

/** A route or handler for signing in, signing up or setting a password: `app.post('/login'`, `function handleSignup(`. */
const CREDENTIALS_ROUTE = /['"`]\/[\w/:-]{0,80}(?:log-?in|sign-?in|log-?on|sign-?up|register|auth|password|passwd)\b/;
const CREDENTIALS_FUNCTION_NAME = /[Ll]og[Ii]n|[Ss]ign[Ii]n|[Ss]ign[Uu]p|[Rr]egister|[Aa]uthenticate|[Pp]assword/;

/** A route for a login, sign-up or password, or a function named for one, in the ten lines above the match. */
function inCredentialsHandler(_value: string, context: MatchContext, at: number): boolean {
  const before = context.textBefore(at, 10);
  return CREDENTIALS_ROUTE.test(before) || [...before.matchAll(FUNCTION_HEADER)].some((header) => CREDENTIALS_FUNCTION_NAME.test(functionName(header) ?? ''));
}

/** A file that documents settings rather than holding them: an example, sample or template copy, or Markdown. */
const EXAMPLE_FILE = /\.(?:example|sample|template|dist|tmpl)(?:\.[\w-]{1,10})?$|\.(?:md|markdown|mdx|rst|adoc)$/i;

/**
 * SQL text grown in the statement after it: the variable that grows (sb.append(x), q += x, query.push_str(x)) is the
 * one that took the SQL (sb = new StringBuilder("SELECT ..."), q := "SELECT ...", sb.WriteString("SELECT ...")), not
 * a log or a counter. A match of another shape (one statement, a chain going on at the next line's `.`, a
 * multi-line format!) has nothing to compare.
 */
function growsSameVariable(value: string, context: MatchContext, at: number): boolean {
  const lastLine = value.slice(value.lastIndexOf('\n') + 1);
  const grower = /\b([A-Za-z_]\w*)\s*(?:\+=|\.\s*(?:append|WriteString|push_str)\s*\()/.exec(lastLine);
  if (!value.includes('\n') || /^\s*\./.test(lastLine) || !grower) return true;
  // What precedes the literal on its line. `at` is where the finding starts: the match's start, or (a report group)
  // the growing statement's.
  const firstLine = value.slice(0, value.indexOf('\n'));
  let before = context.textBefore(at, 0);
  if (!context.restOfLine(at).startsWith(firstLine)) {
    const fromFirstLine = context.textBefore(at, value.split('\n').length - 1);
    const line = fromFirstLine.slice(0, fromFirstLine.indexOf('\n'));
    before = line.slice(0, line.lastIndexOf(firstLine));
  }
  const taker = /\b([A-Za-z_]\w*)\s*:?=\s*(?:new\s+StringBu(?:ilder|ffer)\s*\(\s*|String::from\s*\(\s*)?$|\b([A-Za-z_]\w*)\s*\.\s*(?:append|WriteString|push_str)\s*\(\s*$/.exec(before);
  const taken = taker?.[1] ?? taker?.[2];
  return taken !== undefined && taken === grower[1];
}

/** Type names of request payloads made for binding (UserDto, CreateUserRequest, SignupForm), not entities. */
const PAYLOAD_TYPE = /(?:Dto|DTO|Request|Req|Form|Command|Cmd|Input|Payload|Params|Body)$/;

/**
 * A Spring handler's @RequestBody (or @ModelAttribute) parameter, as the match starts, is what the repository call
 * ending the match saves: the entity bound whole from the request, unless its type is a payload class.
 */
function savesBoundEntity(matched: string): boolean {
  const bound = /@(?:RequestBody|ModelAttribute)\s+(?:@Valid(?:ated)?\s+)?(?:final\s+)?([A-Z]\w*)\s+(\w+)/.exec(matched);
  const saved = /\(\s*(\w+)\s*\)$/.exec(matched);
  return !!bound && !!saved && saved[1] === bound[2] && !PAYLOAD_TYPE.test(bound[1]);
}

/** A call that adds or removes a container's elements, which invalidates iterators into it: the receiver, then. */
const MODIFYING_CALL = /\b([A-Za-z_][\w.>-]*?)\s*(?:\.|->)\s*(?:push_back|push_front|emplace(?:_back|_front|_hint)?|pop_back|pop_front|insert(?:_or_assign)?|erase|clear|resize|assign|swap|reserve|shrink_to_fit)\s*\(/g;

/** A range-for's header: the container walked. */
const RANGE_FOR = /^for\s*\([^;{}]*?[\w&*>\]]\s*:\s*([A-Za-z_][\w.>-]*)\s*\)/;
/**
 * An iterator loop's header that steps the iterator itself (`for (auto it = items.begin(); ...; ++it)`): the
 * iterator, the container, then the step. (A loop that steps in its body, saving the next iterator before an erase,
 * is left alone.)
 */
const ITERATOR_FOR = /^for\s*\([^;{}]*?\b(\w+)\s*=\s*([A-Za-z_][\w.>-]*?)\s*(?:\.|->)\s*c?r?begin\s*\(\s*\)\s*;[^;{}]*;([^;{}()]*)\)/;

/**
 * A loop over a container, a range-for or one with an iterator from its begin(), whose body adds or removes elements
 * of that same container and does not leave the loop within the next two statements (erase, then break, is how to
 * stop at one element); in an iterator loop, `it = items.erase(it)` moves on to a valid element and is fine.
 * Comments and literals are blanked first.
 */
function modifiesIteratedContainer(matched: string): boolean {
  const code = matched.replace(C_COMMENTS_AND_LITERALS, ' ');
  const rangeFor = RANGE_FOR.exec(code);
  const iteratorFor = rangeFor ? null : ITERATOR_FOR.exec(code);
  const header = rangeFor ?? iteratorFor;
  if (!header || (iteratorFor && !new RegExp(String.raw`\+\+\s*${iteratorFor[1]}\b|\b${iteratorFor[1]}\s*\+\+`).test(iteratorFor[3]))) return false;
  const container = rangeFor ? rangeFor[1] : iteratorFor![2];
  const iterator = iteratorFor?.[1];
  const body = code.slice(header[0].length);
  return [...body.matchAll(MODIFYING_CALL)].some((call) => {
    if (call[1] !== container) return false;
    if (iterator && new RegExp(String.raw`\b${iterator}\s*=\s*$`).test(body.slice(0, call.index))) return false;
    const nextStatements = body.slice(call.index + call[0].length).split(';').slice(1, 3).join(';');
    return !/\b(?:break|return|co_return|goto|throw)\b/.test(nextStatements);
  });
}

/**
 * The <random> engine declared at the start of the match (`mt19937 rng(...)`) produces the value that the statement
 * ending it assigns (rng(), dist(rng), charset[rng() % n]), and the statement makes a value rather than picking an
 * existing one (token = tokens[dist(rng)] takes an element of a list).
 */
function assignsEngineOutput(matched: string): boolean {
  const engine = /^\w+\s+(\w+)/.exec(matched)?.[1];
  if (!engine) return false;
  const body = matched.replace(/;\s*$/, '');
  const statement = body.slice(Math.max(body.lastIndexOf(';'), body.lastIndexOf('\n')) + 1);
  const assignment = /(\])?\s*(\+?)=(.*)$/s.exec(statement);
  if (!assignment || !new RegExp(String.raw`\b${engine}\b`).test(assignment[3])) return false;
  const picked = !assignment[1] && !assignment[2] && /^\s*\w+\s*\[[^\]]*\]\s*$/.test(assignment[3]);
  return !picked;
}

/**
 * A stream read (`std::cin >> name;`, `while (in >> word)`) into a char array declared in the lines above and still
 * in scope: not redeclared, its block not closed, and no std::setw() bounding the read. The stream is std::cin or
 * one the lines above declare (std::ifstream in(path), a std::istream& parameter).
 */
function streamsIntoDeclaredArray(matched: string, context: MatchContext, at: number): boolean {
  const read = /^((?:std::)?w?cin|\w+)\s*>>([^;\n)]*)[;)]$/.exec(matched);
  if (!read || /\bsetw\s*\(/.test(read[2])) return false;
  const before = context.textBefore(at, DECLARATION_LOOKBEHIND_LINES);
  // Most `x >> y` in C++ are shifts, and most files with them declare no char array: the cheap test first.
  if (!/\b(?:char|wchar_t)\s/.test(before)) return false;
  const stream = read[1];
  const isStream = /^(?:std::)?w?cin$/.test(stream) || new RegExp(String.raw`\b(?:std::)?(?:w?i?f?stream|w?i?stringstream|w?istream)\s*&?\s*${stream}\b`).test(before);
  if (!isStream) return false;
  return read[2].split('>>').some((operand) => {
    const name = /^\s*(\w+)\s*$/.exec(operand)?.[1];
    if (!name) return false;
    const declared = [...before.matchAll(new RegExp(String.raw`\b(?:char|wchar_t)\s+${name}\s*\[[^\]\n]*\]\s*;`, 'g'))].at(-1);
    if (!declared) return false;
    const between = before.slice(declared.index + declared[0].length);
    const redeclared = new RegExp(String.raw`(?:^|[;{}]|\n)\s*(?!return\b|delete\b|throw\b|else\b|case\b|goto\b)(?:const\s+)?[A-Za-z_][\w:]*(?:<[^;\n]*>)?\s*[&*]?\s+[&*]?${name}\s*[;=({\[]`);
    return !redeclared.test(between) && !closesEnclosingBlock(between) && !/\bsetw\s*\(|\.\s*width\s*\(/.test(between);
  });
}

/** How many more blocks the text opens than it closes. */
function braceBalance(text: string): number {
  let balance = 0;
  for (const brace of text.matchAll(/[{}]/g)) balance += brace[0] === '{' ? 1 : -1;
  return balance;
}

/**
 * The text closes a block that was open before it (a struct's `};`, a function's or an if's `}`): what was declared
 * before it is out of scope after it. Blocks opened and closed within it (`= {0, 0}`, `v{1, 2}`, a lambda) do not
 * count; braces in comments and string or character literals are ignored.
 */
function closesEnclosingBlock(text: string): boolean {
  const code = text.replace(C_COMMENTS_AND_LITERALS, ' ');
  let depth = 0;
  for (const brace of code.match(/[{}]/g) ?? []) {
    depth += brace === '{' ? 1 : -1;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * The variable assigned a product at the start of the match is the size that the allocation ending it asks for, the
 * product has a factor that is not a constant (SIZE * 2 is none), and the lines above hold no overflow test
 * (ALLOCATION_OVERFLOW_TEST) and no bound check of a factor (`if (n > 1024) return -1;`).
 */
function allocatesProduct(matched: string, context: MatchContext, at: number): boolean {
  const product = /^(\w+)\s*=([^;]*);/.exec(matched);
  const size = /(\w+)\s*\)\s*$/.exec(matched)?.[1];
  if (!product || product[1] !== size) return false;
  const factors = (product[2].replace(/\bsizeof\s*\(?[^)]*\)?/g, ' ').match(/[A-Za-z_][\w.>-]*/g) ?? []).filter((factor) => /[a-z]/.test(factor));
  if (factors.length === 0) return false;
  const above = context.linesAround(at, 3, 0);
  if (new RegExp(ALLOCATION_OVERFLOW_TEST).test(above)) return false;
  return !factors.some((factor) => boundsFactor(above, escapeRegExp(factor)));
}

/**
 * An upper bound on a factor in the lines above an allocation: `if (n > LIMIT)` (or >=) against anything but zero,
 * leaving at once (return, goto, exit, abort, throw) on that line or the next, or `if (n < 1024) {` (or <=) against a
 * non-zero constant, guarding what follows. A zero or negative check (n > 0, n < 0) bounds nothing.
 */
function boundsFactor(above: string, factor: string): boolean {
  const test = String.raw`\bif\s*\([^;{\n]*\b${factor}\b\s*`;
  const exitsAbove = new RegExp(String.raw`${test}>=?\s*(?:[1-9]|0[xX]|[A-Za-z_(])[^\n]*(?:\n[\s{]*)?\b(?:return|goto|exit|_exit|abort|throw)\b`);
  const guardsBelow = new RegExp(String.raw`${test}<=?\s*(?:[1-9]|0[xX]|sizeof\b|[A-Z_][A-Z0-9_]*\b)[^;\n]*\)\s*\{?\s*$`, 'm');
  return exitsAbove.test(above) || guardsBelow.test(above);
}

/** The last argument of an argument list (commas inside parentheses belong to inner calls). */
function lastArgument(argumentList: string): string {
  return splitAtTopLevelCommas(argumentList).at(-1)!;
}

/** Where each read call takes its destination and its length (fread's is size times count). */
const READ_ARGUMENTS: Record<string, { destination: number; length: number[] }> = {
  recv: { destination: 1, length: [2] },
  recvfrom: { destination: 1, length: [2] },
  read: { destination: 1, length: [2] },
  fgets: { destination: 0, length: [1] },
  fread: { destination: 0, length: [1, 2] },
};

/**
 * A fixed-size array declared at the start of the match, with a literal size, is the destination of the read call
 * that ends it, and the call's literal length is larger than the array: the read overflows it.
 */
function readsPastDeclaredArray(matched: string): boolean {
  const declared = /(\w+)\s*\[\s*(\d+)\s*\]\s*;/.exec(matched);
  const call = /\b(recv|recvfrom|read|fgets|fread)\s*\(([^;]*)\)\s*;?\s*$/.exec(matched);
  if (!declared || !call) return false;
  const { destination, length } = READ_ARGUMENTS[call[1]];
  const args = splitAtTopLevelCommas(call[2]).map((arg) => arg.trim());
  // The buffer, maybe cast or addressed: (char *)buf, &buf[0].
  const target = /^(?:\([^()]*\)\s*)?&?\s*(\w+)(?:\s*\[\s*0\s*\])?$/.exec(args[destination] ?? '');
  if (!target || target[1] !== declared[1]) return false;
  // Only a literal length is compared: a variable or sizeof may well fit.
  if (!length.every((index) => /^\d+$/.test(args[index] ?? ''))) return false;
  const bytes = length.reduce((product, index) => product * Number(args[index]), 1);
  return bytes > Number(declared[2]);
}

/**
 * A check that keeps an archive entry's path inside the destination folder: a prefix test on the resolved path, a
 * relative-path test, or a test for "..".
 */
const ARCHIVE_PATH_CHECK = /\b(?:startsWith|StartsWith|HasPrefix|IsLocal|getCanonicalPath|GetFullPath|realpath|commonpath|is_relative_to|relative_to|Rel|relative|start_with)\b|["'`]\.\.["'`/\\]/;

// Go's crypto/cipher: the encrypters that take an IV or nonce, and the reads that fill one.
const IV_USED_TO_ENCRYPT = /\b(?:NewCBCEncrypter|NewCFBEncrypter|NewCTR|NewOFB|Seal)\s*\(/;
const IV_FILLED = /\b(?:ReadFull|Read|copy)\s*\(/;

const ARGUMENT_LIST = /\bArgumentList\b/;
const LITERAL_PROGRAM = /\bnew\s+ProcessStartInfo\s*\(\s*@?"|\bFileName\s*=\s*@?"/;

const DEFUSEDXML_IMPORT = /^[ \t]*(?:from|import)[ \t]+defusedxml\b/m;
// A check of a request value sits right above its use, or earlier on its line.
const GUARD_LOOKBEHIND_LINES = 5;
/** How far above a bare `session` call the opening of an HTTP client session is looked for. */
const SESSION_LOOKBEHIND_LINES = 60;

const DEVELOPMENT_CHECK = /\bIsDevelopment\s*\(\s*\)/;
const NEGATED_DEVELOPMENT_CHECK = /!\s*[\w.]*IsDevelopment\s*\(\s*\)/g;

/**
 * Whether `text` ends inside the else branch of `if (!env.IsDevelopment())`, which runs in development only: the
 * branch's braces still open, or (without braces) its one statement not yet ended.
 */
function inElseOfNegatedDevelopmentCheck(text: string): boolean {
  const check = [...text.matchAll(NEGATED_DEVELOPMENT_CHECK)].at(-1);
  if (!check) return false;
  const elseAt = [...text.slice(check.index).matchAll(/\belse\b/g)].at(-1);
  if (!elseAt) return false;
  const branch = text.slice(check.index + elseAt.index + 4).trimStart();
  return branch.startsWith('{') ? braceBalance(branch) > 0 : !branch.includes(';');
}
/** A check of a URL's scheme or an allow list (protocol === 'https:', startsWith('https://'), isSafeUrl(...)). */
const URL_SCHEME_CHECK = /\bprotocol\b|\bstartsWith\s*\(\s*['"`](?:https?|mailto):|\b(?:isSafe|isAllowed|isTrusted)\w*\s*\(|\b(?:allow|safe|trusted)(?:ed)?_?(?:list|hosts|urls|origins|protocols)\b/i;

// Go imports: math/rand under its own name (then rand.Read is its predictable Read), text/template under any name,
// and html/template (which may be the one executing).
const GO_MATH_RAND_IMPORT = /^[ \t]*(?:import[ \t]+)?"math\/rand"/m;
/** `from pickle import load` (or loads; from dill, cloudpickle, cPickle): a bare load() call then unpickles. */
const PICKLE_LOAD_IMPORT = /^[ \t]*from[ \t]+(?:c?[Pp]ickle|_pickle|dill|cloudpickle)[ \t]+import[ \t]+[^\n#]*\bloads?\b(?![ \t]+as\b)/m;
const GO_TEXT_TEMPLATE_IMPORT = /^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"text\/template"/m;
const GO_HTML_TEMPLATE_IMPORT = /"html\/template"/;
const GO_HTML_RESPONSE = /\bhttp\.ResponseWriter\b|"text\/html/;
// A response's content type set by hand (w.Header().Set, gin's c.Header): the value is group 1.
const GO_CONTENT_TYPE_SET = /"Content-Type"\s*,\s*"([^"\n]*)"/gi;
/** How far above a template's execution a content type set for the response is looked for. */
const CONTENT_TYPE_LOOKBEHIND_LINES = 30;

// A variable given a string literal (or its bytes) as its whole value, per language; group 2 is the literal.
// ('v1-' + process.env.KEY is no literal key.)
const LITERAL_ASSIGNMENT: [readonly string[], (name: string) => RegExp][] = [
  [JS, (name) => new RegExp(String.raw`\b(?:const|let|var)\s+${name}\s*=\s*(?:Buffer\s*\.\s*from\s*\(\s*)?(['"\x60])([^'"\x60\n]{8,200})\1\s*(?:,\s*['"]\w{1,10}['"]\s*)?\)?\s*;?[ \t]*$`, 'm')],
  [PYTHON, (name) => new RegExp(String.raw`^[ \t]*${name}\s*=\s*[bB]?(['"])([^'"\n]{8,200})\1(?:\.encode\([^()\n]{0,20}\))?[ \t]*(?:#[^\n]*)?$`, 'm')],
  [GO, (name) => new RegExp(String.raw`\b${name}\s*(?::=|=)\s*(?:\[\]byte\s*\(\s*)?(["\x60])([^"\x60\n]{8,200})\1\s*\)?[ \t]*(?:\/\/[^\n]*)?$`, 'm')],
  [PHP, (name) => new RegExp(String.raw`\$${name}\s*=\s*(['"])([^'"\n]{8,200})\1\s*;`)],
  [RUBY, (name) => new RegExp(String.raw`^[ \t]*@{0,2}${name}\s*=\s*(['"])([^'"\n]{8,200})\1(?:\.freeze)?[ \t]*(?:#[^\n]*)?$`, 'm')],
  [RUST, (name) => new RegExp(String.raw`\b(?:let\s+(?:mut\s+)?|const\s+|static\s+)${name}\s*(?::[^=\n]{1,60})?=\s*&?b?(")([^"\n]{8,200})\1(?:\.as_bytes\(\))?\s*;`)],
];
const PUBLIC_LABEL = new RegExp(PUBLIC_HMAC_LABEL);
/** How far above a cipher call the assignment of its key variable is looked for. */
const KEY_LOOKBEHIND_LINES = 30;

/**
 * The key variable that ends the match (the last name, before any closing `,` or `)`) holds a string literal that
 * the lines above assign it once, and the literal is no placeholder: const key = '...'; createCipheriv(alg, key, iv).
 */
function keyVariableHoldsLiteral(matched: string, context: MatchContext, at: number): boolean {
  const name = /([A-Za-z_]\w*)(?:\.(?:encode|into|as_bytes)\([^()]*\))?\s*\)?\s*[,)]?\s*$/.exec(matched)?.[1];
  const assignment = LITERAL_ASSIGNMENT.find(([languages]) => languages.includes(context.languageId))?.[1];
  if (!name || !assignment) return false;
  const before = context.textBefore(at, KEY_LOOKBEHIND_LINES);
  const literal = assignment(name).exec(before)?.[2];
  return literal !== undefined && !looksLikeStandIn(literal) && !PUBLIC_LABEL.test(literal) && assignmentsOf(name, before, context.languageId) === 1;
}

const isGeneratedSecret = (value: string) => isHighEntropySecret(value) && !hasAlphabetRun(value, 8);
const CURSOR_TOKEN_NAME_START = /(?:next|page|pagination|continuation|sync|change|lock|idempotency|client_?request|lifecycle_?action|resume|cursor)[_.-]?$/i;

/** A C# value made safe to put into a script: JavaScript string encoding, or System.Text.Json's serializer. */
const SCRIPT_VALUE_ENCODING = /\b(?:JavaScriptStringEncode|AntiXssEncoder|JavaScriptEncode|Encoder\s*\.\s*JavaScript|JsonSerializer\s*\.\s*Serialize)\b/;

/** A check that holds when `pattern` occurs nowhere from `before` lines above the match to `after` lines below it. */
const absentAround = (pattern: RegExp, before: number, after: number): MatchCheck => (_value, context, at) =>
  !pattern.test(context.linesAround(at, before, after));
/** True when `pattern` (an import, a declaration) is found anywhere above `at` in the file. */
const foundBefore = (pattern: RegExp, context: MatchContext, at: number): boolean => {
  const first = context.firstMatchAt(pattern);
  return first >= 0 && first < at;
};
const importedAbove = (pattern: RegExp): MatchCheck => (_value, context, at) => foundBefore(pattern, context, at);

/** A Go template executed into an HTTP response in a file that imports text/template and not html/template. */
function goTextTemplateInResponse(_value: string, context: MatchContext, at: number): boolean {
  if (!foundBefore(GO_TEXT_TEMPLATE_IMPORT, context, at) || foundBefore(GO_HTML_TEMPLATE_IMPORT, context, at) || !foundBefore(GO_HTML_RESPONSE, context, at)) return false;
  // A response declared as something other than HTML (a shell script, plain text) is no page a browser renders.
  const contentTypes = [...context.textBefore(at, CONTENT_TYPE_LOOKBEHIND_LINES).matchAll(GO_CONTENT_TYPE_SET)];
  const last = contentTypes.at(-1)?.[1];
  return last === undefined || /^\s*text\/html\b/i.test(last);
}

const JOSE_HEADER_FIELDS = ['alg', 'typ', 'enc', 'kid', 'cty'];

/**
 * A JSON Web Token: its header decodes to a JSON object with a JOSE header field (alg, typ, enc, kid or cty).
 * Also one wrapped whole in base64 ("ZXlK…").
 */
function isJwt(value: string): boolean {
  const token = value.startsWith('ZXlK') ? Buffer.from(value, 'base64').toString('latin1').trim() : value;
  if (token !== value && !/^eyJ[\w-]+\.eyJ[\w-]+(?:\.[\w-]*)?$/.test(token)) return false;
  const [header, payload, signature] = token.split('.');
  const json = decodeJsonPart(header);
  if (!json || !JOSE_HEADER_FIELDS.some((field) => typeof json[field] === 'string')) return false;
  // Keys meant to be seen: jwt.io's documented sample, and a client key public by design (Supabase's anon role).
  // (An unsigned token, alg none, is still reported: code that holds one is often code that accepts one.)
  if (signature === JWT_IO_SAMPLE_SIGNATURE) return false;
  return decodeJsonPart(payload ?? '')?.role !== 'anon';
}

/** The signature of the sample token jwt.io and countless tutorials show (HS256, secret "your-256-bit-secret"). */
const JWT_IO_SAMPLE_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** A JWT part's JSON object, or undefined. */
function decodeJsonPart(part: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const suppressionIn = (matched: string) => parseSuppression(matched.slice(matched.indexOf(SUPPRESSION_KEYWORD) + SUPPRESSION_KEYWORD.length));

/** Request data in the match, directly or through a variable assigned from it above (only object reads: `objectsOnly`). */
function requestInput(matched: string, context: MatchContext, at: number, objectsOnly = false): boolean {
  return usesRequestInput(matched, context.languageId, () => context.inputVariablesBefore(at, objectsOnly), () => ({
    before: context.textBefore(at, GUARD_LOOKBEHIND_LINES),
    restOfLine: context.restOfLine(at),
  }));
}

/** An HTTP client session opened in Python: requests', httpx's or aiohttp's. */
const HTTP_CLIENT_SESSION_OPENED = /\b(?:requests\.Session|httpx\.(?:Async)?Client|aiohttp\.ClientSession)\s{0,5}\(/;

/** A check receives the value under scrutiny: the `secret` group when the pattern has one, else the match. */
export const MATCHERS: Readonly<Record<string, MatchCheck>> = Object.freeze({
  'high-entropy': isHighEntropySecret,
  'generated-secret': isGeneratedSecret,
  // ... and not a token that only pages through results, makes a request idempotent or holds a lock (AWS's NextToken
  // and ChangeToken, Google's prevPageToken): the name's start, before the match's `token`, says which.
  'generated-secret-not-cursor': (value: string, context: MatchContext, at: number) =>
    isGeneratedSecret(value) && !CURSOR_TOKEN_NAME_START.test(context.textBefore(at, 0)),
  placeholder: looksLikePlaceholder,
  'not-placeholder': (value: string) => !looksLikePlaceholder(value),
  // ... nor the user name again on this machine's database (app:app@localhost), a development default rather than a
  // chosen password.
  'not-placeholder-nor-local-default': (value: string, context: MatchContext, at: number) => {
    const url = /:\/\/([^:/@\s]{1,64}):[^@\s]{1,128}@(?:localhost|127\.0\.0\.1|\[::1\])(?=[:/?\s"'`]|$)/.exec(context.restOfLine(at));
    return !looksLikePlaceholder(value) && !(url && url[1] === value);
  },
  // ... nor a GraphQL id encoded the Basic way (btoa('Product:sku-42')), told apart by case, which a rule that
  // ignores case cannot do in its patterns.
  'not-placeholder-or-encoded-id': (value: string, context: MatchContext, at: number) =>
    !looksLikePlaceholder(value) && !ENCODED_TYPE_ID.test(context.restOfLine(at)),
  // A key passed to a cipher, MAC or signer works whatever it is: a weak one ("secret", 0123456789abcdef) most of all.
  'not-stand-in': (value: string) => !looksLikeStandIn(value),
  // A password a person chose, as opposed to a stand-in: no placeholder words, alphabet runs, characters typed in
  // order or one character eight times over.
  'chosen-password': (value: string) => !looksLikePlaceholder(value) && !hasAlphabetRun(value, 8) && !isTypedInOrder(value) && !/(.)\1{7}/.test(value),
  jwt: isJwt,
  'copies-into-declared-array': copiesIntoDeclaredArray,
  'reads-past-declared-array': readsPastDeclaredArray,
  'streams-into-declared-array': streamsIntoDeclaredArray,
  'allocates-product': allocatesProduct,
  'uses-freed-pointer': usesFreedPointer,
  'frees-declared-array': freesDeclaredArray,
  'grows-same-variable': growsSameVariable,
  // HttpOnly turned off matters unless scripts must read the cookie (the double-submit XSRF-TOKEN, a theme).
  'http-only-needed': (value: string, context: MatchContext, at: number) =>
    !/^\.?\s*(?:set)?[Hh]ttp[Oo]nly/.test(value) || !SCRIPT_READABLE.test(context.linesAround(at, 1, 0)),
  // Documentation of settings (.env.example, config.sample.yml, a README) holds placeholders on purpose.
  'outside-example-file': (_value: string, context: MatchContext) => context.path === undefined || !EXAMPLE_FILE.test(context.path),
  // The shell option given in the call itself, or the call given the options object that set it.
  'passes-shell-options': (value: string) => {
    const declared = /^([A-Za-z_$][\w$]*)\s*=/.exec(value)?.[1];
    return declared === undefined || declared === /([A-Za-z_$][\w$]*)\s*\)$/.exec(value)?.[1];
  },
  'in-credentials-handler': inCredentialsHandler,
  'path-variable-not-fixed': pathVariableNotFixed,
  'command-variable-unescaped': commandVariableUnescaped,
  'action-class-unprotected': actionClassUnprotected,
  'root-not-dropped-later': rootNotDroppedLater,
  'hashed-outside-harmless-function': hashedOutsideHarmlessFunction,
  'passes-assigned-key-size': passesAssignedKeySize,
  'saves-bound-entity': savesBoundEntity,
  'modifies-iterated-container': modifiesIteratedContainer,
  'assigns-engine-output': assignsEngineOutput,
  // An archive entry's own name joined to a folder, with no check near it that the result stays inside (Zip Slip).
  'unchecked-archive-entry': absentAround(ARCHIVE_PATH_CHECK, 3, 8),
  // A zeroed IV that an encrypter uses within the next lines, with nothing reading random (or received) bytes into it.
  'iv-left-zero': (_value: string, context: MatchContext, at: number) => {
    const following = context.linesAround(at, 0, 8);
    return IV_USED_TO_ENCRYPT.test(following) && !IV_FILLED.test(following);
  },
  // A process start not preceded by a start info with a literal program and an ArgumentList.
  'arguments-not-listed': (_value: string, context: MatchContext, at: number) => {
    const before = context.linesAround(at, 10, 0);
    return !(ARGUMENT_LIST.test(before) && LITERAL_PROGRAM.test(before));
  },
  'defusedxml-not-imported': (_value, context, at) => !foundBefore(DEFUSEDXML_IMPORT, context, at),
  // A URL opened with no check of its scheme on its line or the few above.
  'url-scheme-unchecked': absentAround(URL_SCHEME_CHECK, 5, 0),
  'script-values-unencoded': absentAround(SCRIPT_VALUE_ENCODING, 5, 0),
  'pickle-load-imported': importedAbove(PICKLE_LOAD_IMPORT),
  'go-math-rand-imported': importedAbove(GO_MATH_RAND_IMPORT),
  'go-text-template-in-response': goTextTemplateInResponse,
  'key-variable-holds-literal': keyVariableHoldsLiteral,
  // A development-only switch not inside an IsDevelopment() check in the lines above it.
  'outside-development-check': (_value: string, context: MatchContext, at: number) =>
    !DEVELOPMENT_CHECK.test(context.linesAround(at, 3, 0)) && !inElseOfNegatedDevelopmentCheck(context.textBefore(at, 12)),
  'request-input': requestInput,
  // As request-input, but a call on a bare `session` counts only when the lines above open an HTTP client session
  // (requests.Session(), httpx.Client(), aiohttp.ClientSession()): Flask's session is a dict.
  'request-input-client-session': (matched: string, context: MatchContext, at: number) =>
    (!/^session\b/.test(matched) || (!/\.\s*$/.test(context.textBefore(at, 0)) && HTTP_CLIENT_SESSION_OPENED.test(context.textBefore(at, SESSION_LOOKBEHIND_LINES)))) &&
    requestInput(matched, context, at),
  // As request-input, but a variable counts only when a read that can give an object assigns it (a parsed query or
  // body, not a route parameter or a header, which are strings): what a query operator such as {"$ne": null} needs.
  'request-object-input': (matched: string, context: MatchContext, at: number) => requestInput(matched, context, at, true),
  'suppression-without-reason': (matched: string) => suppressionIn(matched).reason.length === 0,
  'suppression-unknown-rule': (matched: string, context: MatchContext) => {
    const { ruleIds } = suppressionIn(matched);
    return ruleIds.length === 0 || ruleIds.some((id) => !context.knownRuleIds.has(id));
  },
  'suppression-expired': (matched: string, context: MatchContext) => {
    const suppression = suppressionIn(matched);
    if (suppression.until === undefined || suppression.reason.length === 0) return false;
    return parseUntil(suppression.until) === null || !isInForce(suppression, context.now);
  },
});

export const MATCHER_NAMES = Object.keys(MATCHERS);
