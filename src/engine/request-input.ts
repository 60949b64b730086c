// Where request data enters a program, per language: the direct sources (`$_GET[...]`, `req.query`) and the
// variables assigned straight from one. Pasted handlers usually read a parameter into a variable on one line and
// use it a few lines later (`$page = $_GET['page']; ... include($page);`), which a one-line pattern cannot see;
// the `request-input` matcher lets a rule's sink pattern take any variable and keeps it only when the variable
// holds request data. A value that passed through anything else (a cast, a sanitizer, a lookup) is not followed.
import { CSHARP, JAVA, JS, PHP, PYTHON } from './languages';

interface InputSpelling {
  /** Literals one of which every direct read contains: a text with none of them has no request variables. */
  hints: readonly string[];
  /** A direct read of request data. */
  source: RegExp;
  /** An assignment of request data, unchanged, to a variable: the names are in group 1 (a comma list for destructuring). */
  assignment: RegExp;
  /** The variables a matched text uses. */
  variablesIn(matched: string): string[];
}

// A name that is not a property (`os.path` names no variable `path`).
const IDENTIFIER = /(?<![\w$.])[A-Za-z_$][\w$]*/g;
const QUOTED = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;
const INTERPOLATION = /\{[^{}\n]*\}/g;

/**
 * Variables a matched text uses: names outside quoted strings (a word in a message is no variable), plus those
 * interpolated into one (Python f-strings, C# $"...{name}"; JavaScript template literals are not stripped).
 */
const codeIdentifiers = (matched: string) =>
  matched.replace(QUOTED, (quoted) => ` ${(quoted.match(INTERPOLATION) ?? []).join(' ')} `).match(IDENTIFIER) ?? [];

const PHP_SOURCE = String.raw`\$_(?:GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,80}\]`;
const PHP_PASS_THROUGH = String.raw`(?:(?:trim|urldecode|rawurldecode|stripslashes|strtolower|strtoupper|base64_decode)\s{0,3}\(\s{0,3})?`;
const JS_SOURCE = String.raw`\b(?:req|request|ctx(?:\.request)?)\.(?:query|body|params|cookies|headers)\b`;
const PYTHON_SOURCE = String.raw`\brequest\.(?:args|form|values|cookies|headers|GET|POST)\b`;
const JAVA_SOURCE = String.raw`\b(?:request|req|httpRequest|servletRequest)\s{0,3}\.\s{0,3}(?:getParameter|getHeader|getQueryString)\s{0,3}\(`;
const CSHARP_SOURCE = String.raw`\bRequest\s{0,3}\.\s{0,3}(?:Query|Form|QueryString|Params|Headers|Cookies)\s{0,3}\[`;

const SPELLINGS: [readonly string[], InputSpelling][] = [
  [
    PHP,
    {
      hints: ['$_'],
      source: /\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b|\$_SERVER\s{0,3}\[\s{0,3}['"](?:PHP_SELF|REQUEST_URI|QUERY_STRING|PATH_INFO|HTTP_\w{1,40})['"]/,
      // $page = $_GET['page']; $q = trim($_POST['q']); $p = $_GET['p'] ?? 'home'; $p = isset($_GET['p']) ? $_GET['p'] : 'home';
      assignment: new RegExp(
        String.raw`\$(\w{1,60})\s{0,3}=\s{0,3}(?:${PHP_PASS_THROUGH}${PHP_SOURCE}\s{0,3}\)?\s{0,3}(?:;|\?\?)|isset\s{0,3}\(\s{0,3}${PHP_SOURCE}\s{0,3}\)\s{0,3}\?\s{0,3}${PHP_SOURCE}\s{0,3}:)`,
        'g',
      ),
      // PHP interpolates variables in double-quoted strings, so every $name counts.
      variablesIn: (matched) => [...matched.matchAll(/\$(\w+)/g)].map((match) => match[1]),
    },
  ],
  [
    JS,
    {
      hints: ['req.', 'request.', 'ctx.'],
      source: new RegExp(JS_SOURCE),
      // const file = req.query.file; let { name, path: p } = req.body;
      assignment: new RegExp(
        String.raw`\b(?:const|let|var)\s{1,3}(?:([A-Za-z_$][\w$]{0,60})\s{0,3}=\s{0,3}${JS_SOURCE}(?:\s{0,3}\.\s{0,3}[\w$]{1,60}|\s{0,3}\[[^\]\n]{1,60}\])?\s{0,3}(?:;|\|\||\?\?|$)|\{([^{}\n]{1,200})\}\s{0,3}=\s{0,3}${JS_SOURCE})`,
        'gm',
      ),
      variablesIn: codeIdentifiers,
    },
  ],
  [
    PYTHON,
    {
      hints: ['request.'],
      source: new RegExp(PYTHON_SOURCE),
      // name = request.args.get("name"); path = request.form["path"]
      assignment: new RegExp(
        String.raw`^[ \t]{0,40}([A-Za-z_]\w{0,60})[ \t]{0,3}=[ \t]{0,3}${PYTHON_SOURCE}(?:[ \t]{0,3}\.[ \t]{0,3}get[ \t]{0,3}\([^()\n]{0,100}\)|[ \t]{0,3}\[[^\]\n]{1,60}\])?[ \t]{0,3}(?:#[^\n]{0,200})?$`,
        'gm',
      ),
      variablesIn: codeIdentifiers,
    },
  ],
  [
    JAVA,
    {
      hints: ['getParameter', 'getHeader', 'getQueryString', 'getOriginalFilename'],
      // An uploaded file's own name is the client's choice too.
      source: new RegExp(String.raw`${JAVA_SOURCE}|\.\s{0,3}getOriginalFilename\s{0,3}\(`),
      // String name = request.getParameter("name");
      assignment: new RegExp(String.raw`\b(?:String|var|val)\s{1,3}(\w{1,60})\s{0,3}=\s{0,3}${JAVA_SOURCE}[^()\n]{0,100}\)\s{0,3};?$`, 'gm'),
      variablesIn: codeIdentifiers,
    },
  ],
  [
    CSHARP,
    {
      hints: ['Request', 'FileName'],
      source: new RegExp(String.raw`${CSHARP_SOURCE}|\.\s{0,3}FileName\b`),
      // var name = Request.Query["name"]; string path = Request.Form["path"].ToString();
      assignment: new RegExp(
        String.raw`\b(?:var|string)\s{1,3}(\w{1,60})\s{0,3}=\s{0,3}${CSHARP_SOURCE}[^\]\n]{1,60}\](?:\s{0,3}\.\s{0,3}ToString\s{0,3}\(\s{0,3}\))?\s{0,3};`,
        'g',
      ),
      variablesIn: codeIdentifiers,
    },
  ],
];

function spellingFor(languageId: string): InputSpelling | undefined {
  return SPELLINGS.find(([languages]) => languages.includes(languageId))?.[1];
}

/**
 * Names of the variables that `text` assigns request data to, unchanged, and never checks or reassigns. The
 * tracking ignores order, so it stays on the side of silence: a variable that is also given another value
 * (`next = url_for("home")`) or tested in a condition (`if not next.startswith("/")`) may well be validated, and
 * is not followed.
 */
export function requestInputVariables(text: string, languageId: string): ReadonlySet<string> {
  const spelling = spellingFor(languageId);
  const names = new Map<string, number>();
  if (!spelling || !spelling.hints.some((hint) => text.includes(hint))) return new Set();
  const assigned = (name: string) => names.set(name, (names.get(name) ?? 0) + 1);
  for (const match of text.matchAll(spelling.assignment)) {
    if (match[1] !== undefined) assigned(match[1]);
    // Destructuring: `{ a, b: c, d = 1 }` binds a, c and d.
    else for (const part of match[2].split(',')) assigned(part.split(':').pop()!.split('=')[0].trim());
  }
  const followed = new Set<string>();
  for (const [name, fromInput] of names) {
    const variable = (languageId === 'php' ? '\\$' : '(?<![\\w$.])') + name.replace(/\$/g, '\\$') + '(?![\\w$])';
    const assignments = text.match(new RegExp(`${variable}\\s*=(?![=>])`, 'g'))?.length ?? 0;
    const tested = new RegExp(`\\b(?:if|elif|while|assert|unless)\\b[^\\n]{0,200}${variable}`).test(text);
    if (assignments <= fromInput && !tested) followed.add(name);
  }
  return followed;
}

/** True when the matched text reads request data directly or uses a variable that holds it. */
export function usesRequestInput(matched: string, languageId: string, inputVariables: () => ReadonlySet<string>): boolean {
  const spelling = spellingFor(languageId);
  if (!spelling) return false;
  if (spelling.source.test(matched)) return true;
  const variables = spelling.variablesIn(matched);
  if (variables.length === 0) return false;
  const assigned = inputVariables();
  return variables.some((name) => assigned.has(name));
}
