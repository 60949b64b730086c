// Python: injection sinks, unsafe deserialization, weak crypto and randomness, TLS, web framework pitfalls.
import type { RuleSpec } from '../types';
import { PYTHON } from '../languages';
import { PYTHON_REQUEST_SOURCE } from '../request-input';
import { CREDENTIAL_KEYWORDS, credentialName, HARDCODED_CREDENTIAL_RULE, notCredentialValues } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { ARGUMENT_INJECTION_RULE, ARGUMENT_OPTION_PROGRAM, AUTH_COOKIE_NAME, COMPARED_WITH_NOTHING, CORS_REFLECTED_ORIGIN_RULE, CREDENTIALED_ANY_ORIGIN_RULE, CSRF_PROTECTION_DISABLED_RULE, DEFAULT_CREDENTIAL_RULE, DOWNLOAD_PIPED_TO_SHELL, ENUM_VALUE, EXCEPTION_TEXT_RESPONSE_RULE, FETCH_PLAIN_HTTP_RULE, FIELD_EQUALITY, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, JWT_NONE_ALGORITHM_RULE, JWT_VALIDATION_DISABLED_RULE, KIND_COMPARED, KNOWN_VALUE_CONSTANT, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, MASS_ASSIGNMENT_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, ONE_CALL_ARGUMENTS, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_EQUALS, PASSWORD_FAST_HASH_RULE, PASSWORD_WORD, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, PY_COMPARED_VALUE, PY_COMPUTED_MAC, PY_COMPUTED_MAC_CALL, PY_PASSWORD_INPUT, PY_SECRET_INPUT, PY_SECRET_SETTING, PY_STORED_PASSWORD, QUOTED_ARGUMENTS_BEFORE, REGEX_FROM_REQUEST_RULE, SECRET_NAME_KEYWORDS, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SNAKE_CASE_SECRET, SQL_BUILT_INTO_QUERY_RULE, SQL_CAPS_STATEMENT, SQL_TEXT_BUILT_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, XPATH_BUILT_RULE, ZIP_SLIP_RULE } from './shared-families';

// Pattern fragments. Every run is bounded (blanks between tokens to 5, or 60 where a line may break; a literal's text
// to 1,000 characters; a call's arguments to 300 on a line, 1,000 across lines), so that recheck's exact checker can
// prove each pattern linear. A call's arguments are matched by classes without parentheses, so a match cannot run
// on into the next call.

/** Request data in Flask, Django, Starlette/FastAPI and similar frameworks. */
const REQ = PYTHON_REQUEST_SOURCE;
// A clause that a query is grown by, in capitals (lower case is as often English).
const SQL_CLAUSE = String.raw`(?:AND|OR|WHERE|SET|HAVING|ORDER[ \t]{1,5}BY|GROUP[ \t]{1,5}BY|LIMIT|OFFSET|VALUES)\b`;

const UNPICKLING_RULE = {
  title: 'Do not unpickle untrusted data',
  languages: PYTHON,
  severity: 'error',
  confidence: 'medium',
  scope: 'code',
  lesson: 'unsafe-deserialization',
  cwe: ['CWE-502'],
  owasp: 'A08:2021',
  message: 'Unpickling runs code chosen by whoever produced the bytes, so loading pickles from files, caches, sockets or requests an attacker can touch gives them code execution; use JSON or another data-only format.',
} satisfies Partial<RuleSpec>;
// A redirect, up to its target.
const REDIRECT_CALL = String.raw`\b(?:redirect|HttpResponseRedirect|RedirectResponse)\s{0,5}\(\s{0,60}(?:url\s{0,5}=\s{0,5})?`;
// An HTTP request from the server, up to its URL. A session is aiohttp's (awaited or opened by async with), a
// client session by name (http_session, client_session), an object's (self.session), or a bare session that the
// rule's matcher accepts only below requests.Session() and the like: Flask's session is a dict, whose get() fetches nothing.
const FETCH_METHOD = String.raw`\s{0,5}\.\s{0,5}(?:get|post|put|delete|head|patch|request|stream)`;
const FETCH_CALL_OPENING = String.raw`(?:\b(?:requests|httpx|aiohttp|(?:http|client|aiohttp)_?session|self\.session|session)${FETCH_METHOD}|(?:\basync\s{1,5}with\s{1,5}|\bawait\s{1,5})session${FETCH_METHOD}|\burlopen|\burllib2?\.request\.Request)\s{0,5}\(\s{0,60}`;
const FETCH_CALL = String.raw`${FETCH_CALL_OPENING}(?:url\s{0,5}=\s{0,5})?`;
// A call that opens, serves, joins or removes a path, up to its arguments.
/** A file name cut down to its last part: secure_filename(), safe_join(), basename(), pathlib's Path(x).name. */
const NAME_CUT_TO_BASENAME = String.raw`\b(?:secure_filename|safe_join|basename)\s{0,5}\(|\bPath\s{0,5}\([^()\n]{0,100}\)\s{0,5}\.\s{0,5}name\b`;
// The builtin open() and the modules' opens that take a path, not any method of that name (Image.open, a zip
// archive's open take a file object or a member name).
const PATH_CALL = String.raw`(?:(?:^|[^.\w])open|\b(?:(?:io|os|codecs|aiofiles|gzip|bz2|lzma|tarfile)\.open|send_file|FileResponse|os\.path\.join|Path|os\.remove|os\.unlink|shutil\.rmtree|shutil\.copy\w{0,5}))\s{0,5}\(`;
/**
 * The receiver of a method call that is not the builtins module, spelled out letter by letter from the end (RE2 has no
 * lookbehind): plugins.eval, margins.exec and mybuiltins.eval are methods; builtins.eval is the builtin.
 */
const METHOD_NOT_OF_BUILTINS = String.raw`(?:^|[^s\n]|[^n\n]s|[^i\n]ns|[^t\n]ins|[^l\n]tins|[^i\n]ltins|[^u\n]iltins|[^b\n]uiltins|\wbuiltins|^(?:s|ns|ins|tins|ltins|iltins|uiltins))`;
/** A one-line string literal, optionally prefixed (not an f-string). */
const LIT = String.raw`[rRbBuU]{0,2}(?:"[^"\n]{0,1000}"|'[^'\n]{0,1000}')`;
/** Matched text that is a call whose first argument is one plain string literal: the near miss of many rules. */
const CALL_HEAD = String.raw`^[\w. \t=\[\]]{0,200}\([ \t]{0,10}`;
const LITERAL_ONLY_ARG = CALL_HEAD + LIT + String.raw`[ \t]{0,10}\)`;
const LITERAL_FIRST_ARG = CALL_HEAD + LIT + String.raw`[ \t]{0,10}[),]`;
/** The rest of a call on its line, with at most one nested call in it. */
const CALL_REST = String.raw`[^\n()]{0,300}(?:\([^\n()]{0,300}\)[^\n()]{0,300})?`;
/** The start of a call's arguments, possibly inside one nested call. */
const ARG_PREFIX = String.raw`[^\n()]{0,300}(?:\([^\n()]{0,300})?`;
/** A whole (possibly multi-line) argument list, up to two levels of nested calls deep. */
const A = String.raw`[^()]{0,1000}`;
/** The text inside a nested call's parentheses. */
const INNER = String.raw`[^()]{0,300}`;
const PAIR = String.raw`\(` + INNER + String.raw`\)`;
const DEEP = String.raw`\((?:` + [INNER, INNER + PAIR + INNER, INNER + PAIR + INNER + PAIR + INNER, INNER + PAIR + INNER + PAIR + INNER + PAIR + INNER].join('|') + String.raw`)\)`;
const IN_CALL = String.raw`(?:` + [A, A + DEEP + A, A + DEEP + A + DEEP + A].join('|') + String.raw`)`;
const TQ = '"""';
const TQS = "'''";
const SQL_KEYWORD = String.raw`[ \t]{0,10}(?:select|insert|update|delete|replace|create|drop|alter|truncate|pragma|show|grant|revoke|merge|upsert|with)\b`;
/** A string literal that starts with a SQL keyword (rules using it are case-insensitive). */
const SQL_LIT = String.raw`[rRbBuU]{0,2}(?:"` + SQL_KEYWORD + String.raw`[^"\n]{0,1000}"|'` + SQL_KEYWORD + String.raw`[^'\n]{0,1000}')`;
const SQL_KEYWORD_ML = String.raw`\s{0,60}(?:select|insert|update|delete|replace|create|drop|alter|truncate|pragma|show|grant|revoke|merge|upsert|with)\b`;
const SQL_TRIPLE = String.raw`[rRbBuU]{0,2}(?:` + TQ + SQL_KEYWORD_ML + String.raw`[^"]{0,1000}` + TQ + '|' + TQS + SQL_KEYWORD_ML + String.raw`[^']{0,1000}` + TQS + ')';
/** Upper-case SQL at the start of a literal, in its shape (DELETE FROM, not "DELETE request for"): SQL, not prose. */
const SQL_CAPS = SQL_CAPS_STATEMENT;
const FORMAT_OP = String.raw`(?:%|\.format\s{0,5}\(|\+\s{0,60}[\w(])`;
const SQL_CALL = String.raw`\.(?:execute|executemany|executescript|mogrify|raw)\s{0,5}\(\s{0,60}`;
const F_PREFIX = String.raw`[rR]?[fF][rR]?`;
// An HTML string (it holds a tag) with a value put in: f"<h1>{name}</h1>", "<p>" + q, "<p>%s</p>" % q.
const MARKUP_WITH_VALUE = String.raw`(?:` + F_PREFIX + String.raw`["'][^"'\n]{0,200}<[^"'\n]{0,200}\{[^"'\n]{1,200}["']|[bBuU]?(?:"[^"\n]{0,200}<[^"\n]{0,200}"|'[^'\n]{0,200}<[^'\n]{0,200}')[ \t]{0,5}(?:\+|%)[^\n]{1,200})`;
/** An f-string up to its first {hole}: the other quote mark may stand inside it. */
const F_STRING_HOLE = F_PREFIX + String.raw`(?:"[^"\n]{0,1000}|'[^'\n]{0,1000})\{`;
/** The random module's draws. */
const RANDOM_MODULE_FUNCTION = String.raw`(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform|randbytes)`;
const RANDOM_CALL = String.raw`\b(?:random\.${RANDOM_MODULE_FUNCTION}|randint|randrange|getrandbits)\s{0,5}\(`;
/** Credential names in snake, SCREAMING and camel case. */
const CREDENTIAL_NAME = credentialName(['Password', 'apiKey', 'secretKey', 'accessKey', 'privateKey', 'authToken', 'accessToken', 'clientSecret']);
const SECURITY_TARGET = String.raw`(?:\b|_)(?:secret|token|passw(?:or)?d|pwd|salt|nonce|otp|api_?key|secret_?key|private_?key|session_?(?:id|key)|csrf|reset_?(?:code|token)|verification_?code|auth_?code|pin_?code|invite_?code|activation_?(?:code|key))(?:_?(?:id|key|value|str|string|hex|code|bytes))?["']?\]?[ \t]{0,10}=[^\n=]{0,300}`;

/** A call's arguments over as many lines as it takes, with at most one nested call in them. */
const CALL_ARGUMENTS = String.raw`(?:[^()]{0,400}|[^()]{0,300}\([^()]{0,200}\)[^()]{0,300})`;

// Calls that take a key, up to the key argument, with the shortest literal worth reporting there (a JWT secret is
// often a short word, a Fernet key is 44 characters).
const KEY_CALLS: [call: string, minLength: number][] = [
  [String.raw`\bjwt\.(?:encode|decode)\s{0,5}\([^,()\n]{1,200}(?:\([^()\n]{0,100}\)[^,()\n]{0,60})?,\s{0,60}`, 3],
  [String.raw`\bAES\.new\s{0,5}\(\s{0,60}`, 8],
  [String.raw`\balgorithms\.(?:AES|AES128|AES256|ChaCha20|TripleDES|Camellia|SM4)\s{0,5}\(\s{0,60}`, 8],
  [String.raw`\bFernet\s{0,5}\(\s{0,60}`, 20],
  [String.raw`\bhmac\.new\s{0,5}\(\s{0,60}`, 8],
];
const KEY_CALL_KEYWORDS = ['jwt.', 'aes.new', 'algorithms.', 'fernet', 'hmac.new'];

/** A POSIX shell named as a program, quoted: "sh", '/bin/bash'. */
const SH_LITERAL = String.raw`["'](?:/bin/|/usr/bin/)?(?:ba|z|da)?sh["']`;

export const PYTHON_RULES: RuleSpec[] = [
  {
    id: 'py.subprocess-shell-true',
    title: 'Avoid shell=True with a built command',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:Popen|call|run|check_call|check_output)\s{0,5}\(` + IN_CALL + String.raw`\bshell\s{0,5}=\s{0,60}True\b`,
      // The shell named outright: ["bash", "-c", cmd], ["sh", "-c", "tar xf " + name], ["sh", "-c", f"..."].
      String.raw`\b(?:Popen|call|run|check_call|check_output|create_subprocess_exec)\s{0,5}\((?:\s{0,20}\[)?\s{0,20}${SH_LITERAL}\s{0,5},\s{0,20}["']-c["']\s{0,5},\s{0,20}(?:[A-Za-z_][\w.]{0,100}\s{0,5}[\],+%(]|[fF][rR]?["']|` + LIT + String.raw`\s{0,5}(?:\+|%|\.format\b))`,
      // os.execl("/bin/sh", "sh", "-c", cmd), os.spawnlp(os.P_WAIT, "sh", "sh", "-c", cmd): the program, argv[0], -c.
      String.raw`\bos\.(?:exec|spawn)[lv]p?e?\s{0,5}\(\s{0,20}(?:os\.P_\w{1,10}\s{0,5},\s{0,20})?${SH_LITERAL}\s{0,5},\s{0,20}(?:\[\s{0,20})?${SH_LITERAL}\s{0,5},\s{0,20}["']-c["']\s{0,5},\s{0,20}(?:[A-Za-z_][\w.]{0,100}\s{0,5}[\],+%()]|[fF][rR]?["']|` + LIT + String.raw`\s{0,5}(?:\+|%|\.format\b))`,
    ],
    unless: [String.raw`^[ \t]{0,40}(?:async[ \t]{1,10})?def\s`],
    unlessMatch: [CALL_HEAD + LIT + String.raw`[ \t]{0,10},[ \t]{0,10}shell[ \t]{0,10}=[ \t]{0,10}True`],
    keywords: ['shell', '"-c"', "'-c'"],
    // The match may run many lines past its keyword (a query string, a call's arguments).
    reach: 'file',
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'A subprocess with shell=True hands its command line to /bin/sh, so any input in it can add commands of its own; pass an argument list without shell=True.',
    examples: {
      bad: [
        'subprocess.call("tar xf %s" % archive, shell=True)',
        'p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)',
        'out = check_output(\n    "grep %s %s" % (pattern, path),\n    shell=True)',
        'subprocess.run(f"convert {src} {dst}", shell=True, check=True)',
        'p = subprocess.Popen(cmd.format(**locals()), shell=True)',
        'subprocess.run(["bash", "-c", "echo " + user_input])',
        'subprocess.check_output(["sh", "-c", f"grep {pattern} /var/log/app.log"])',
        'os.execl("/bin/sh", "sh", "-c", cmd)',
      ],
      good: [
        'subprocess.run(["tar", "xf", archive], check=True)',
        'subprocess.call("ls -l", shell=True)',
        'subprocess.run(cmd, shell=False)',
        '# subprocess.call(cmd, shell=True) is dangerous',
        'subprocess.run(["ls"])\nprint("shell=True")',
        'subprocess.run(["sh", "-c", "ls -la"])',
        'os.execl("/bin/sh", "sh", "-c", "exec nginx -g \'daemon off;\'")',
      ],
    },
  },
  {
    id: 'py.os-system',
    title: 'Avoid os.system with a built command',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bos\.system\s*\(\s*[^\s)][^\n]*`,
      String.raw`^[ \t]*(?:[\w.]+\s*=\s*)?system\s*\(\s*[^\s)][^\n]*`,
    ],
    unlessMatch: [LITERAL_ONLY_ARG],
    keywords: ['system'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'os.system() runs its argument through the shell, so any input built into the command can run commands of its own; use subprocess.run with an argument list.',
    examples: {
      bad: [
        "os.system('rm -rf ' + path)",
        'status = os.system("ping -c 1 %s" % host)',
        'os.system(f"unzip {archive} -d {target}")',
        'system(cmd)',
        'os.system(\n    "make -C {}".format(folder))',
      ],
      good: ['os.system("clear")', 'subprocess.run(["rm", "-rf", path], check=True)', 'name = platform.system()', '# os.system(cmd)'],
    },
  },
  {
    id: 'py.os-popen',
    title: 'Avoid os.popen and getoutput with a built command',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:os\.popen[234]?|popen2\.popen[234]|commands\.get(?:status)?output|subprocess\.get(?:status)?output|create_subprocess_shell)\s{0,5}\([^\n]{0,1000}`,
      // Imported by name (`from os import popen`): a bare call starting a statement, assigned or returned.
      String.raw`(?:^[ \t]{0,100}(?:return[ \t]{1,5})?|=[ \t]{0,5})(?:popen|getoutput|getstatusoutput)\s{0,5}\([^\n]{0,1000}`,
    ],
    unlessMatch: [LITERAL_ONLY_ARG],
    keywords: ['popen', 'getoutput', 'getstatusoutput', 'create_subprocess_shell'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'os.popen(), getoutput() and create_subprocess_shell() run their argument through the shell, so input built into the command can run commands of its own; pass an argument list to subprocess.run or create_subprocess_exec.',
    examples: {
      bad: [
        "out = os.popen('du -sh %s' % folder).read()",
        'data = subprocess.getoutput("git log " + ref)',
        'f = os.popen(cmd)',
        'status, out = commands.getstatusoutput("ls " + d)',
        'proc = await asyncio.create_subprocess_shell(f"ffmpeg -i {src} {dst}")',
        'return popen(f"file --brief --mime-type \'{path}\'").read().strip()',
      ],
      good: ['out = os.popen("uptime").read()', 'return popen("uptime").read()', 'proc = subprocess.Popen(args)', 'out = subprocess.run(["du", "-sh", folder], capture_output=True).stdout'],
    },
  },
  {
    id: 'py.eval-call',
    title: 'Avoid eval() on dynamic strings',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\beval\s*\(\s*[^\s)][^\n]*`],
    // A method .eval() (model.eval(), df.eval(...)) is no builtin, unless reached through builtins.
    unless: [METHOD_NOT_OF_BUILTINS + String.raw`\.eval\s*\(`, String.raw`\bdef\s+eval\b`],
    unlessMatch: [LITERAL_FIRST_ARG],
    keywords: ['eval'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'eval() runs its argument as Python code, so anyone who controls any part of that string can run code in your process; use ast.literal_eval or json.loads for data.',
    examples: {
      bad: ['value = eval(request.args["expr"])', "func = eval('handlers.%s' % name)", 'result = eval(expr, {"__builtins__": {}})', 'builtins.eval(expr)'],
      good: ['value = ast.literal_eval(text)', 'model.eval()', 'x = eval("1 + 2")', 'def eval(self, node):', '# eval(user_input) is unsafe', 'total = df.eval(expr)', 'builtins.eval("1 + 2")', 'result = plugins.eval(expr)', 'value = admins.eval(rule)'],
    },
  },
  {
    id: 'py.exec-call',
    title: 'Avoid exec() on dynamic strings',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bexec\s*\(\s*[^\s)][^\n]*`, String.raw`^[ \t]*exec[ \t]{1,10}[A-Za-z_][^\n]*`],
    unless: [METHOD_NOT_OF_BUILTINS + String.raw`\.exec\s*\(`, String.raw`\bdef\s+exec\b`],
    unlessMatch: [LITERAL_FIRST_ARG],
    keywords: ['exec'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'exec() runs its argument as Python code, so anyone who controls any part of that code can run anything in your process; dispatch to known functions instead.',
    examples: {
      bad: ['exec(code)', 'exec("self.%s = %s" % (name, value))', 'exec(compile(source, path, "exec"), namespace)', 'exec source in namespace', 'builtins.exec(code, namespace)'],
      good: ['exec("import os")', 'app.exec_()', 'dialog.exec()', 'margins.exec(code)', 'subprocess.run(["ls"])  # not exec(code)'],
    },
  },
  {
    id: 'py.sql-string-format',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: PYTHON,
    ignoreCase: true,
    patterns: [
      SQL_CALL + F_PREFIX + String.raw`(?:"|')` + SQL_KEYWORD,
      SQL_CALL + F_PREFIX + String.raw`(?:` + TQ + '|' + TQS + ')' + SQL_KEYWORD_ML,
      SQL_CALL + String.raw`(?:` + SQL_LIT + String.raw`\s{0,60}` + LIT + '|' + SQL_LIT + String.raw`)\s{0,60}` + FORMAT_OP,
      SQL_CALL + SQL_TRIPLE + String.raw`\s{0,60}(?:%|\.format\s{0,5}\()`,
      SQL_CALL + String.raw`(?:[a-z]{1,12}_)?(?:sql|query|stmt|statement|qry)(?:_[a-z]{1,12})?\s{0,60}` + FORMAT_OP,
      // text() and RawSQL with a statement or a condition (name = '{name}') built in; Django's extra(where=[...]).
      String.raw`(?:\b(?:text|RawSQL)\s{0,5}\(|\.extra\s{0,5}\(\s{0,60}(?:where|select|tables)\s{0,60}=\s{0,60}\[)\s{0,60}(?:` + F_PREFIX + `["'](?:` + SQL_KEYWORD + String.raw`|[^"'\n{]{0,200}?(?:[=<>]|\blike\b|\bin\b)\s{0,60}'?\{)|` + SQL_LIT + String.raw`\s{0,60}` + FORMAT_OP + String.raw`|["'][^"'\n]{0,200}?(?:[=<>]|\blike\b|\bin\b)\s{0,60}'?%s'?["']\s{0,5}%)`,
    ],
    // The call as written (`.raw`, not raw: rawdata, drawn and raw_input hold it too).
    unless: [PLACEHOLDER_LIST_BUILT],
    keywords: ['.execute', '.raw', 'text(', 'rawsql', '.mogrify', '.extra('],
    // The match may run many lines past its keyword (a triple-quoted query and its % operands).
    reach: 'file',
    examples: {
      bad: [
        'cur.execute(f"SELECT * FROM t WHERE name = \'{name}\' AND id IN ({placeholders})", ids)',
        'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
        'cur.execute(f"DELETE FROM items WHERE id = {item_id}")',
        'cursor.execute("UPDATE t SET a = {} WHERE id = {}".format(a, id))',
        'cursor.execute("SELECT * FROM users WHERE id = " + user_id)',
        'cursor.execute(\n    "SELECT sql FROM sqlite_master "\n    "WHERE name = %s" % name)',
        "cu.execute('''delete from %s where %s''' % (table, condition))",
        'cur.execute("""\n    SELECT * FROM t WHERE a = \'%s\'\n""" % a)',
        'db.execute(query % params)',
        'User.objects.raw(f"SELECT * FROM auth_user WHERE email = \'{email}\'")',
        'session.execute(text(f"SELECT * FROM t WHERE id = {tid}"))',
        'rows = session.query(User).filter(text(f"name = \'{name}\'")).all()',
        'qs = User.objects.extra(where=["name = \'%s\'" % name])',
        'cur.execute(f"""\n    SELECT id, total FROM orders\n    WHERE customer_id = {customer_id}\n""")',
      ],
      good: [
        'cur.execute(f"SELECT * FROM orders WHERE id IN ({placeholders})", ids)',
        'cursor.execute("SELECT * FROM users WHERE name = %s", (name,))',
        'cursor.execute("SHOW TABLES;")',
        'cursor.execute(query, params)',
        'session.execute(text("SELECT * FROM t WHERE id = :id"), {"id": tid})',
        'cursor.execute("SELECT * FROM users WHERE name = \'%s\'", (name,))',
        'executor.execute("task %s" % name)',
      ],
    },
  },
  {
    id: 'py.sql-query-built',
    ...SQL_TEXT_BUILT_RULE,
    languages: PYTHON,
    patterns: [
      // f"... WHERE email = '{email}'": the other quote mark may stand inside the string.
      String.raw`[\s=(,+:\[]` + F_PREFIX + String.raw`(?:"[ \t]{0,10}` + SQL_CAPS + String.raw`[^"\n{]{0,1000}|'[ \t]{0,10}` + SQL_CAPS + String.raw`[^'\n{]{0,1000})\{`,
      String.raw`[\s=(,+:\[]` + F_PREFIX + String.raw`(?:` + TQ + String.raw`\s{0,60}` + SQL_CAPS + String.raw`[^"{]{0,1000}\{|` + TQS + String.raw`\s{0,60}` + SQL_CAPS + String.raw`[^'{]{0,1000}\{)`,
      String.raw`[\s=(,+:\[][rRbBuU]{0,2}(?:"[ \t]{0,10}` + SQL_CAPS + String.raw`[^"\n]{0,1000}"|'[ \t]{0,10}` + SQL_CAPS + String.raw`[^'\n]{0,1000}')\s{0,60}(?:%\s{0,5}[\w(]|\.format\s{0,5}\(|\+\s{0,60}(?:str\s{0,5}\(\s{0,60})?[A-Za-z_])`,
      String.raw`[\s=(,+:\[][rRbBuU]{0,2}(?:` + TQ + String.raw`\s{0,60}` + SQL_CAPS + String.raw`[^"]{0,1000}` + TQ + '|' + TQS + String.raw`\s{0,60}` + SQL_CAPS + String.raw`[^']{0,1000}` + TQS + String.raw`)\s{0,60}(?:%\s{0,5}[\w(]|\.format\s{0,5}\()`,
      // A query grown clause by clause: sql += " AND %s = '%s'" % (k, v), query += f" WHERE id = {i}".
      String.raw`\b(?:\w{0,20}(?:sql|SQL|query|Query|stmt|statement|where|clause|cond\w{0,10}|filter\w{0,10})|q)[ \t]{0,5}\+=[ \t]{0,5}(?:` + F_PREFIX + String.raw`(?:"[^"\n{]{0,200}?\b${SQL_CLAUSE}[^"\n{]{0,200}|'[^'\n{]{0,200}?\b${SQL_CLAUSE}[^'\n{]{0,200})\{|[rRbBuU]{0,2}(?:"[^"\n]{0,200}?\b${SQL_CLAUSE}[^"\n]{0,200}"|'[^'\n]{0,200}?\b${SQL_CLAUSE}[^'\n]{0,200}')[ \t]{0,5}(?:%[ \t]{0,5}[\w(]|\.format[ \t]{0,5}\(|\+[ \t]{0,5}(?:str[ \t]{0,5}\([ \t]{0,5})?[A-Za-z_]))`,
    ],
    unless: [PLACEHOLDER_LIST_BUILT, String.raw`\.(?:execute|executemany|executescript|raw)\s{0,5}\(`, String.raw`\btext\s{0,5}\(`],
    // Capitals match exactly: every match holds SQL_CAPS, and `dict.update` is everywhere.
    keywords: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REPLACE', ' AND', ' OR', 'WHERE', ' SET', 'HAVING', 'ORDER', 'GROUP', 'LIMIT', 'OFFSET', 'VALUES'],
    // A triple-quoted query runs on for lines past its keyword before the % or .format that fills it in.
    reach: 'block',
    examples: {
      bad: [
        'sql = "SELECT * FROM users WHERE name = \'%s\'" % name',
        'query = f"SELECT id FROM orders WHERE user = {user_id}"',
        'query = f"SELECT * FROM users WHERE email = \'{email}\'"',
        'q = "DELETE FROM sessions WHERE token = \'" + token + "\'"',
        'stmt = "UPDATE accounts SET balance = {} WHERE id = {}".format(b, i)',
        'sql = f"INSERT OR REPLACE INTO cache (k, v) VALUES (\'{k}\', \'{v}\')"',
        'sql = f"""\n    SELECT name\n    FROM users WHERE id = {uid}\n"""',
        'sql = """\n    SELECT id, total FROM orders WHERE status = \'{}\'\n""".format(status)',
        'sql = """\n    SELECT id, total\n    FROM orders\n    WHERE archived = 0\n      AND status = \'%s\'\n    ORDER BY id\n""" % status',
        'sql = """\n    UPDATE accounts\n       SET balance = balance + %s\n     WHERE account_no = \'%s\'\n""" % (amount, account_no)',
        'sql += " AND %s=\'%s\'" % (k, v)', 'query += f" WHERE customer = \'{customer}\'"', 'sql += " ORDER BY " + order',
      ],
      good: [
        'sql = "SELECT * FROM orders WHERE id IN (%s)" % ", ".join(["%s"] * len(ids))',
        'sql = f"SELECT * FROM orders WHERE id IN ({placeholders})"',
        'sql = """\n    SELECT id, total\n    FROM orders\n    WHERE archived = 0\n      AND status = %s\n    ORDER BY id\n"""',
        'sql = "SELECT * FROM users WHERE name = %s"',
        'query = "SELECT id FROM orders WHERE user = ?"',
        'print(f"Select a file from the list {names}")',
        '# query = "SELECT * FROM t WHERE id = %s" % i',
        'log.info("UPDATE done for %s", name)',
        'msg = f"DELETE request for {path} failed"', 'notice = f"UPDATE complete: {count} rows"',
        'sql += " AND status = %s"', 'label += " OR " + other_label',
      ],
    },
  },
  {
    id: 'py.code-from-request',
    title: 'Do not let the request choose code to load or run',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:importlib\s{0,5}\.\s{0,5}import_module|__import__)\s{0,5}\(\s{0,20}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,)])`,
      String.raw`\bgetattr\s{0,5}\(\s{0,20}[^,()\s][^,()\n]{0,80},\s{0,20}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,)])`,
      // sympify() and parse_expr() evaluate their text as Python.
      String.raw`\b(?:sympify|parse_expr)\s{0,5}\(\s{0,20}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,)])`,
      // pandas' DataFrame.query() and eval() evaluate their expression (the python engine runs it as Python), as
      // pd.eval() does: any receiver but a database, client, search index or class (unlessMatch), whose query() runs
      // SQL or a search rather than Python.
      String.raw`\b[A-Za-z_]\w{0,60}\.(?:query|eval)\s{0,5}\(\s{0,20}(?:expr\s{0,5}=\s{0,5})?` + REQ,
    ],
    unlessMatch: [
      String.raw`^(?:[A-Z]\w{0,60}|\w{0,30}(?:db|DB|Db|conn|cursor|session|client|engine|repo|store|graphql|gql|api|redis|mongo|elastic|ldap|solr|cache|index|search|retriever|agent|chain|llm)\w{0,30})\.(?:query|eval)\b`,
    ],
    matcher: 'request-input',
    keywords: ['import_module', '__import__', 'getattr', 'sympify', 'parse_expr', '.query', '.eval'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94', 'CWE-470'],
    owasp: 'A03:2021',
    message: 'The request names the module, attribute or expression that runs, so a caller can reach any function (os.system, eval) or run code; map allowed names to handlers instead.',
    examples: {
      bad: [
        'mod = importlib.import_module(request.args["module"])',
        'handler = getattr(obj, request.args.get("action"))',
        'action = request.form["action"]\nresult = getattr(service, action)()',
        'expr = sympify(request.args["expr"])',
        'rows = df.query(request.args.get("filter"))',
        'value = pd.eval(request.form["expr"])',
        "result = data.query(request.args.get('filter'))",
      ],
      good: [
        'handler = HANDLERS.get(request.args.get("action"))',
        'mod = importlib.import_module("plugins.default")',
        'value = getattr(settings, "DEBUG", False)',
        'expr = sympify("x**2 + 1")',
        'rows = df.query("age > @min_age")',
        'rows = await db.query(request.query["q"])',
        'rows = conn.query(request.json["sql"])',
        "users = db.session.query(request.args['model'])",
        "answer = query_engine.query(request.json['question'])",
        "items = Item.query(request.args['id'])",
        "rows = user_repository.query(request.args['q'])",
      ],
    },
  },
  {
    id: 'py.remote-command-built',
    title: 'Do not build commands run over SSH or by Fabric',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`(?:\.\s{0,5}exec_command|\b(?:c|conn|connection|ctx|cxn)\s{0,60}\.\s{0,5}(?:run|sudo|local)|(?:^|[^\w.])(?:local|sudo))\s{0,5}\(\s{0,60}(?:` + F_STRING_HOLE + '|' + LIT + String.raw`\s{0,60}(?:\+|%|\.format\b))`,
    ],
    unless: [String.raw`\b(?:shlex\s{0,60}\.\s{0,5})?quote\s{0,5}\(`],
    keywords: ['exec_command', 'run(', 'sudo(', 'local('],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The remote or local shell parses this command line, so any input joined into it can add commands of its own; quote each value with shlex.quote() or avoid the shell.',
    examples: {
      bad: [
        'stdin, stdout, stderr = ssh.exec_command("cat " + filename)',
        'c.run(f"git checkout {branch}")',
        'local("tar xzf %s" % archive)',
      ],
      good: [
        'stdin, stdout, stderr = ssh.exec_command("cat " + shlex.quote(filename))',
        'c.run("git pull")',
        'subprocess.run(["git", "checkout", branch])',
      ],
    },
  },
  {
    id: 'py.nosql-injection',
    title: 'Do not put request data or built strings into MongoDB queries',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // $where runs JavaScript on the server.
      String.raw`[{,]\s{0,60}["']\$where["']\s{0,5}:\s{0,60}(?:` + F_STRING_HOLE + '|' + LIT + String.raw`\s{0,60}(?:\+|%|\.format\b))`,
      // A JSON body's value can be an operator object ({"$ne": null}) that matches any record.
      String.raw`\.\s{0,5}(?:find|find_one|find_one_and_update|find_one_and_delete|update_one|update_many|delete_one|delete_many|count_documents)\s{0,5}\(\s{0,60}\{[^{}\n]{0,200}:\s{0,60}(?:request\s{0,60}\.\s{0,5}json|request\s{0,60}\.\s{0,5}get_json\s{0,5}\(\s{0,60}\))\s{0,60}\[`,
    ],
    keywords: ['$where', 'request.json', 'get_json'],
    scope: 'code',
    lesson: 'nosql-injection',
    cwe: ['CWE-943'],
    owasp: 'A03:2021',
    message: 'A value from a JSON body can be an operator such as {"$ne": null} that matches every record, and a built $where runs as JavaScript; check that each value is a string and never build $where.',
    examples: {
      bad: [
        'db.users.find({"$where": f"this.name == \'{name}\'"})',
        'user = db.users.find_one({"username": request.json["username"], "password": request.json["password"]})',
      ],
      good: [
        'user = db.users.find_one({"username": str(request.json["username"])})',
        'db.users.find({"name": name})',
        'db.users.find({"$where": "this.a > this.b"})',
      ],
    },
  },
  {
    id: 'py.pickle-load',
    ...UNPICKLING_RULE,
    patterns: [
      // pkl: the usual alias, `import pickle as pkl`.
      String.raw`\b(?:c?[Pp]ickle|_pickle|pkl|dill|cloudpickle)\.(?:loads?|Unpickler)\s*\(`,
      String.raw`\b(?:joblib\.load|(?:pd|pandas)\.read_pickle)\s*\(`,
      String.raw`\ballow_pickle\s*=\s*True\b`,
      // torch.load unpickles unless weights_only=True (the default only from PyTorch 2.6).
      String.raw`\btorch\.load\s*\(`,
    ],
    unless: [String.raw`\bloads\s*\(\s*(?:c?[Pp]ickle|_pickle|pkl|dill|cloudpickle)\.dumps\s*\(`, String.raw`\bweights_only\s*=\s*True\b`],
    keywords: ['pickle', 'pkl.load', 'dill', 'joblib', 'torch.load'],
    examples: {
      bad: [
        'obj = pickle.loads(request.data)',
        'with open(path, "rb") as f:\n    state = pickle.load(f)',
        'model = joblib.load(upload)',
        'arr = np.load(path, allow_pickle=True)',
        'data = cPickle.loads(packet)',
        'state = torch.load(checkpoint_path)',
        'return pkl.loads(payload)',
      ],
      good: ['state = torch.load(checkpoint_path, weights_only=True)', 'blob = pkl.dumps(obj)', 'data = json.loads(request.data)', 'blob = pickle.dumps(obj)', 'copy = pickle.loads(pickle.dumps(obj))', 'arr = np.load(path)'],
    },
  },
  {
    id: 'py.pickle-load-imported',
    ...UNPICKLING_RULE,
    // A bare load(f) or loads(b), reported; the matcher finds `from pickle import load` (or dill's, cloudpickle's) above.
    patterns: [String.raw`(?:^|[^\w.])(?:def[ \t]{1,5})?(?<report>loads?\s{0,5}\()`],
    // A method of that name, defined; PyYAML's bare load() given its Loader.
    unless: [String.raw`\bdef[ \t]`, String.raw`\bLoader\s{0,5}=`],
    matcher: 'pickle-load-imported',
    keywords: ['load'],
    examples: {
      bad: ['from pickle import load, dump\n\ndef restore(path):\n    with open(path, "rb") as fh:\n        return load(fh)', 'from dill import loads\nstate = loads(blob)'],
      good: ['from json import load\n\ndef restore(path):\n    with open(path) as fh:\n        return load(fh)', 'from pickle import dump\nconfig = yaml_load(text)', 'from pickle import load\ncache.load(path)', 'from pickle import load\n\nclass Store:\n    def load(self, path):\n        return {}', 'from pickle import dumps, loads\nfrom yaml import load, SafeLoader\nconfig = load(stream, Loader=SafeLoader)'],
    },
  },
  {
    id: 'py.shelve-open',
    title: 'Treat shelve files as code',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bshelve\.open\s*\(`],
    keywords: ['shelve'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'shelve stores its values with pickle, so a shelf file that someone else can write or swap lets them run code when it is read; keep it private or use a data-only store.',
    examples: {
      bad: ['db = shelve.open("cache.db")'],
      good: ['db = dbm.open("cache.db", "c")', '# shelve.open() uses pickle'],
    },
  },
  {
    id: 'py.marshal-load',
    title: 'Do not unmarshal untrusted data',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'low',
    patterns: [String.raw`\bmarshal\.loads?\s*\(`],
    keywords: ['marshal'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'marshal is not safe against malformed or malicious data and can load code objects, so read only bytes you produced yourself; use JSON for anything else.',
    examples: {
      bad: ['code = marshal.loads(blob)'],
      good: ['blob = marshal.dumps(code)', 'data = json.loads(blob)'],
    },
  },
  {
    id: 'py.yaml-unsafe-load',
    title: 'Use yaml.safe_load',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\byaml\.(?:load|load_all|unsafe_load|unsafe_load_all)\s{0,5}\(`,
      String.raw`(?:^|[\s=(,])load(?:_all)?\s{0,5}\(` + CALL_REST + String.raw`\bLoader\s{0,5}=\s{0,60}(?:yaml\.)?(?:Unsafe|Full)?Loader\b`,
      String.raw`\bYAML\s{0,5}\(\s{0,60}typ\s{0,5}=\s{0,60}["']unsafe["']`,
    ],
    unless: [String.raw`Safe[A-Za-z]{0,20}Loader\b`, String.raw`\bBaseLoader\b`],
    keywords: ['yaml', 'loader'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'yaml.load with the default or full loader can build arbitrary Python objects, so a crafted document can run code; use yaml.safe_load or Loader=yaml.SafeLoader.',
    examples: {
      bad: [
        'config = yaml.load(stream)',
        'cfg = yaml.load(f, Loader=yaml.Loader)',
        'config_dict = load(config_stream, Loader=Loader)',
        'docs = yaml.unsafe_load(text)',
        'yaml = YAML(typ="unsafe")',
      ],
      good: [
        'config = yaml.safe_load(stream)',
        'cfg = yaml.load(f, Loader=yaml.SafeLoader)',
        'cfg = yaml.load(f, Loader=yaml.CSafeLoader)',
        'data = yaml.load(stream, SafeOrderedLoader)',
        'data = json.load(f)',
        'yaml = YAML(typ="safe")',
      ],
    },
  },
  {
    id: 'py.jsonpickle-decode',
    title: 'Do not decode untrusted jsonpickle',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [String.raw`\bjsonpickle\.(?:decode|loads|unpickler\.decode)\s*\(`, String.raw`\bunpickler\.decode\s*\(`],
    keywords: ['jsonpickle', 'unpickler'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'jsonpickle.decode rebuilds arbitrary Python objects named in the JSON, so decoding data from outside lets its author run code; use json.loads and build your objects explicitly.',
    examples: {
      bad: ['obj = jsonpickle.decode(request.data)', 'return unpickler.decode(string, backend=backend, keys=keys)'],
      good: ['obj = json.loads(request.data)', 'text = jsonpickle.encode(obj)', 'text = pickler.encode(obj)'],
    },
  },
  {
    id: 'py.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: PYTHON,
    patterns: [
      // Both sides named for a MAC, signature, digest or secret token.
      String.raw`\b(?:\w{1,40}\.){0,3}${SNAKE_CASE_SECRET}\s{0,5}(?:==|!=)\s{0,5}(?:\w{1,40}\.){0,3}${SNAKE_CASE_SECRET}\b`,
      // A secret from the request, the environment or the settings against another value.
      String.raw`(?:${PY_SECRET_INPUT}|${PY_SECRET_SETTING})\s{0,5}(?:==|!=)\s{0,5}${PY_COMPARED_VALUE}`,
      String.raw`${PY_COMPARED_VALUE}\s{0,5}(?:==|!=)\s{0,5}(?:${PY_SECRET_INPUT}|${PY_SECRET_SETTING})`,
      // An HMAC computed in place: hmac.new(key, body, sha256).hexdigest() == signature.
      String.raw`${PY_COMPUTED_MAC}\s{0,5}(?:==|!=)\s{0,5}${PY_COMPARED_VALUE}`,
      String.raw`${PY_COMPARED_VALUE}\s{0,5}(?:==|!=)\s{0,5}${PY_COMPUTED_MAC_CALL}`,
    ],
    // inspect.signature(func) is a function's signature; an auth type compared with API_KEY is a kind; a setting
    // compared with its known default is a startup check.
    unless: [FIELD_EQUALITY, String.raw`\.signature\s{0,5}\(`],
    unlessMatch: [...NOT_SECRET_COMPARED, COMPARED_WITH_NOTHING, ENUM_VALUE, KIND_COMPARED, KNOWN_VALUE_CONSTANT],
    keywords: SECRET_NAME_KEYWORDS,
    requires: ['==', '!='],
    message: 'Comparing a secret with == stops at the first differing character, so response times can reveal it; compare with hmac.compare_digest.',
    examples: {
      bad: [
        'if signature != expected_signature:', 'return provided_token == self.api_token', 'if hmac_digest == provided_hmac:',
        'if token == settings.API_TOKEN:', 'if request.headers.get("X-Api-Key") != API_KEY:', 'if request.args["token"] == expected:',
        "if request.form.get('signature') == sig:", 'if key != os.environ["API_KEY"]:', "if app.config['SECRET_KEY'] != provided:",
        'if hmac.new(key, msg, hashlib.sha256).hexdigest() == received:', 'if received != hmac.new(key.encode(), body, hashlib.sha256).hexdigest():',
        'if request.headers.get("X-Api-Key") != Config.API_KEY:',
      ],
      good: [
        'if hmac.compare_digest(signature, expected_signature):', 'if signature_count == 0:', 'if macro_name == other_macro:', 'if sig == signal.SIG_IGN:',
        'return other.api_key == self.api_key', 'return self.secret == other.secret', 'if sig != inspect.signature(func):', 'if old_digest != new_digest:',
        'if hmac.compare_digest(token, settings.API_TOKEN):', 'if request.args.get("token") == "":', 'if request.args.get("token") is None:',
        'if request.args.get("token_type") == "bearer":', 'if API_KEY == None:', 'if len(token) == 32:', 'if tok == EOS_TOKEN:',
        'if auth_type == AuthType.API_KEY:', 'if token_count == 0:',
        'if hmac.compare_digest(hmac.new(key, msg, hashlib.sha256).hexdigest(), received):',
        'if settings.SECRET_KEY == DEFAULT_SECRET_KEY:', 'if config.API_KEY != prev_config.API_KEY:',
      ],
    },
  },
  {
    id: 'py.plaintext-password-compare',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: PYTHON,
    patterns: [
      // A password from the request against a stored one: user.password == request.form["password"].
      String.raw`${PY_PASSWORD_INPUT}\s{0,5}(?:==|!=)\s{0,5}${PY_STORED_PASSWORD}`,
      String.raw`${PY_STORED_PASSWORD}\s{0,5}(?:==|!=)\s{0,5}${PY_PASSWORD_INPUT}`,
    ],
    keywords: ['password', 'passwd', 'pwd'],
    requires: ['==', '!='],
    examples: {
      bad: ['if user.password == request.form["password"]:', "if request.form.get('password') != row['password']:"],
      good: [
        "if request.form['password'] != request.form['confirm_password']:", 'if check_password_hash(user.password, request.form["password"]):',
        'if user.check_password(request.form["password"]):',
      ],
    },
  },
  {
    id: 'py.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    ignoreCase: true,
    patterns: [
      String.raw`\bhashlib\.(?:md5|sha1|md4)\s*\(`,
      String.raw`\bhashlib\.new\s*\(\s*["'](?:md5|sha1|md4)["']`,
      String.raw`\b(?:md5|sha|sha1|md4)\.new\s*\(`,
      String.raw`\bhashes\.(?:md5|sha1)\s*\(`,
      String.raw`(?:^|[\s=(\[,+])(?:md5|sha1)\s*\([^()\n]*\)\s*\.(?:hex)?digest\s*\(`,
    ],
    unless: [String.raw`usedforsecurity\s*=\s*False`, NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'sha1', 'md4', 'sha.new'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collision resistance and far too fast for passwords; use SHA-256 or a password hash (argon2, bcrypt, scrypt), or pass usedforsecurity=False for a plain checksum.',
    examples: {
      bad: [
        'def cache_key(data):\n    return len(data)\n\nstored = hashlib.md5(password.encode()).hexdigest()',
        'def cache_key(data):\n    return data\n\ndef store(password):\n    return hashlib.md5(password.encode()).hexdigest()',
        'digest = hashlib.md5(password.encode()).hexdigest()',
        'h = hashlib.sha1()',
        "hasher = hashlib.new('md5')",
        'h = MD5.new(data)',
        'digest = hashes.Hash(hashes.SHA1())',
        'token = md5(body).hexdigest()',
      ],
      good: [
        'def cache_key(data: bytes) -> str:\n    digest = hashlib.md5(data).hexdigest()\n    return f"sales-{digest}"',
        'etag = hashlib.md5(file_bytes).hexdigest()  # cache key',
        'digest = hashlib.sha256(data).hexdigest()',
        'etag = hashlib.md5(body, usedforsecurity=False).hexdigest()',
        'mac = hmac.new(key, msg, hashlib.sha256)',
        "h = hashlib.new('sha256')",
      ],
    },
  },
  {
    id: 'py.weak-cipher',
    title: 'Avoid DES, 3DES, RC4 and Blowfish',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:DES|DES3|ARC2|ARC4|Blowfish|CAST|XOR)\.new\s*\(`,
      String.raw`\balgorithms\.(?:TripleDES|ARC4|Blowfish|CAST5|IDEA|SEED)\s*\(`,
      String.raw`\bpyDes\.(?:des|triple_des)\s*\(`,
    ],
    keywords: ['des', 'arc2', 'arc4', 'blowfish', 'cast', 'xor.new', 'idea', 'seed'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, 3DES, RC2, RC4, Blowfish and similar ciphers are broken or have blocks small enough to attack, so data they protect can be recovered; use AES-GCM or ChaCha20-Poly1305.',
    examples: {
      bad: [
        'cipher = DES.new(key, DES.MODE_CBC, iv)',
        'c = Cipher(algorithms.ARC4(key), mode=None)',
        'cipher = ARC4.new(key)',
        'k = pyDes.triple_des(key, pyDes.CBC, iv, padmode=pyDes.PAD_PKCS5)',
      ],
      good: ['cipher = AES.new(key, AES.MODE_GCM)', 'c = Cipher(algorithms.AES(key), modes.GCM(iv))'],
    },
  },
  {
    id: 'py.cipher-ecb-mode',
    title: 'Do not use ECB mode',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bMODE_ECB\b`, String.raw`\bmodes\.ECB\s*\(`],
    keywords: ['ecb'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'ECB mode encrypts equal blocks to equal ciphertext, so patterns in the data show through and blocks can be swapped; use an authenticated mode such as AES-GCM.',
    examples: {
      bad: ['cipher = AES.new(key, AES.MODE_ECB)', 'c = Cipher(algorithms.AES(key), modes.ECB())'],
      good: ['cipher = AES.new(key, AES.MODE_GCM)', 'c = Cipher(algorithms.AES(key), modes.CBC(iv))'],
    },
  },
  {
    id: 'py.static-iv',
    ...STATIC_IV_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`(?:\b|_)(?:iv|IV|nonce|NONCE|initialization_vector|initializationVector)\s{0,5}=\s{0,5}[bB]?["'][^"'\n]{1,500}["']`,
      String.raw`(?:\b|_)(?:iv|IV|nonce|NONCE)\s*=\s*[bB]["'](?:\\x00)+["']\s*\*`,
      // The IV written into the cipher call: AES.new(key, AES.MODE_CBC, b"..."), modes.CBC(b"..."); a zeroed bytes(16).
      String.raw`\bAES\.new\s{0,5}\(\s{0,20}[^,()\s][^,()\n]{0,100},\s{0,20}AES\.MODE_\w{2,4}\s{0,5},\s{0,20}(?:(?:iv|nonce)\s{0,5}=\s{0,5})?[bB]["']`,
      String.raw`\bmodes\.(?:CBC|CFB|CFB8|OFB|CTR|GCM)\s*\(\s*[bB]["']`,
      String.raw`(?:\b|_)(?:iv|IV|nonce|NONCE)\s*=\s*bytes\s*\(\s*\d{1,2}\s*\)`,
    ],
    keywords: ['iv', 'nonce', 'initialization', 'aes.new', 'modes.'],
    examples: {
      bad: [
        'iv = b"1234567890123456"',
        "nonce = b'\\x00' * 12",
        'self.IV = "0000000000000000"',
        'cipher = AES.new(key, AES.MODE_CBC, b"1234567890123456")',
        'cipher = Cipher(algorithms.AES(key), modes.CBC(b"0123456789abcdef"))',
        'iv = bytes(16)',
      ],
      good: [
        'iv = os.urandom(16)',
        'nonce = secrets.token_bytes(12)',
        'iv = b""  # filled in below',
        'cipher = AES.new(key, AES.MODE_CBC, iv)',
        'cipher = Cipher(algorithms.AES(key), modes.CBC(os.urandom(16)))',
      ],
    },
  },
  {
    id: 'py.hardcoded-crypto-key',
    ...HARDCODED_KEY_RULE,
    languages: PYTHON,
    patterns: KEY_CALLS.map(([call, minLength]) => String.raw`${call}[bB]?["'](?<secret>[^"'\n]{${minLength},1000})["']`),
    matcher: 'not-stand-in',
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        'token = jwt.encode(payload, "s3cr3t-jwt-k3y", algorithm="HS256")',
        'cipher = AES.new(b"mysecretkey12345", AES.MODE_GCM)',
        'cipher = Cipher(algorithms.AES(b"Xk9#mP2$vL8qR4tWz7Yc1Nb6Hd3Fg5Js"), modes.GCM(iv))',
        'f = Fernet(b"3q2+7wX8Yk9vT6mZ1aB4cD5eF6gH7iJ8kL9mN0pQ1rS=")',
        'signature = hmac.new(b"whk-9f8e7d6c5b4a3928", body, hashlib.sha256).hexdigest()',
      ],
      good: [
        'token = jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")',
        'cipher = AES.new(key, AES.MODE_GCM)',
        'f = Fernet(Fernet.generate_key())',
        'token = jwt.encode(payload, "your-secret-key", algorithm="HS256")',
      ],
    },
  },
  {
    id: 'py.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: PYTHON,
    patterns: KEY_CALLS.map(([call]) => String.raw`${call}[A-Za-z_]\w{0,60}(?:\.encode\(\s{0,5}(?:["'][\w-]{1,10}["'])?\s{0,5}\))?\s{0,5}[,)]`),
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        'key = b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"\ncipher = AES.new(key, AES.MODE_GCM)',
        'SECRET = "whk-9f8e7d6c5b4a3928"\nsignature = hmac.new(SECRET, body, hashlib.sha256).hexdigest()',
        'JWT_KEY = "k8Jd92hdQxz-signing"\ntoken = jwt.encode(payload, JWT_KEY, algorithm="HS256")',
        'KEY = b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"\ncipher = Cipher(algorithms.AES(KEY), modes.GCM(iv))',
        'FERNET_KEY = b"3q2+7wX8Yk9vT6mZ1aB4cD5eF6gH7iJ8kL9mN0pQ1rS="\nf = Fernet(FERNET_KEY)',
        'WEBHOOK_SECRET = "whk-9f8e7d6c5b4a3928"\nmac = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256)',
      ],
      good: [
        'key = os.environ["DATA_KEY"].encode()\ncipher = AES.new(key, AES.MODE_GCM)',
        'key = get_random_bytes(32)\ncipher = AES.new(key, AES.MODE_GCM)',
        'JWT_KEY = "your-secret-key"\ntoken = jwt.encode(payload, JWT_KEY, algorithm="HS256")',
        'WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]\nmac = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256)',
      ],
    },
  },
  {
    id: 'py.insecure-random',
    title: 'Use secrets, not random, for secret values',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      SECURITY_TARGET + RANDOM_CALL,
      // uuid1() is the clock and the host's MAC address: a token made from it can be predicted.
      SECURITY_TARGET + String.raw`\buuid\.uuid1\s{0,5}\(`,
    ],
    unless: [String.raw`\bSystemRandom\b`, String.raw`\bsecrets\.`],
    keywords: ['rand', 'uuid1'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'The random module is a predictable generator (and uuid1() is the clock and the MAC address), so tokens, passwords or keys drawn from it can be guessed; use the secrets module (secrets.token_urlsafe, secrets.choice).',
    examples: {
      bad: [
        'token = "".join(random.choice(string.ascii_letters) for _ in range(32))',
        'reset_code = random.randint(100000, 999999)',
        'user = cls(name="u", password="pass" + str(randint(0, 1000)))',
        'self.api_key = "%032x" % random.getrandbits(128)',
        'reset_token = str(uuid.uuid1())',
      ],
      good: [
        'token = secrets.token_urlsafe(32)',
        'reset_token = str(uuid.uuid4())',
        'request_id = uuid.uuid1()',
        'delay = random.uniform(0.5, 1.5)',
        'reset_code = secrets.randbelow(900000) + 100000',
        'max_tokens = random.randint(1, 100)',
        'footprint = random.random()',
      ],
    },
  },
  {
    id: 'py.random-string',
    title: 'Build random strings with secrets, not random',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\brandom\.(?:choice|choices|sample)\s{0,5}\(\s{0,60}(?:string\.(?:ascii_\w{1,20}|digits|hexdigits|letters|lowercase|uppercase|punctuation|printable)|["'][A-Za-z0-9]{10,100}|(?:chars|characters|alphabet|charset|letters|symbols)\b)`,
    ],
    unless: [String.raw`\bSystemRandom\b`, String.raw`\bsecrets\.`, SECURITY_TARGET + RANDOM_CALL],
    keywords: ['random.'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'Random strings drawn with the random module are predictable, so if one serves as a token, password, key or hard-to-guess id it can be guessed; use secrets.choice or secrets.token_urlsafe.',
    examples: {
      bad: [
        "code = ''.join(random.sample(string.ascii_uppercase * 6, 6))",
        "return ''.join(random.choice(chars) for _ in range(length))",
      ],
      good: [
        "code = ''.join(secrets.choice(string.ascii_uppercase) for _ in range(6))",
        'item = random.choice(items)',
        "rng = random.SystemRandom()\nname = ''.join(rng.choice(string.ascii_letters) for _ in range(8))",
      ],
    },
  },
  {
    id: 'py.random-value',
    title: 'Check what values from the random module are used for',
    languages: PYTHON,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      // The call may follow the = directly (`x=random.random()`), else after text that ends in a non-name character.
      String.raw`^[ \t]{0,40}(?:return\b|[\w.]{1,60}(?:\[[^\]\n]{1,40}\])?[ \t]{0,10}[-+*]?=)(?:[^\n=#]{0,80}[^.\w\n])?random\.(?:${RANDOM_MODULE_FUNCTION}|Random)\s{0,5}\(`,
      // A random value that steers a branch or a loop (`if random.random() < p:`, `for i in random.sample(...)`).
      String.raw`^[ \t]{0,40}(?:if|elif|while|for[ \t][^\n#]{1,60}[ \t]in)\b[^\n#]{0,80}(?:^|[^.\w])random\.${RANDOM_MODULE_FUNCTION}\s{0,5}\(`,
    ],
    unless: [
      String.raw`\bSystemRandom\b`,
      String.raw`\bsecrets\.`,
      SECURITY_TARGET + RANDOM_CALL,
      String.raw`\b(?:delay|sleep|jitter|backoff|wait|timeout|interval|colou?r|noise|shuffle)\w{0,20}(?:\[[^\]\n]{1,40}\])?[ \t]{0,10}[-+*]?=`,
      // One-letter names are numeric code (sampling, tests of algorithms), not secrets.
      String.raw`^[ \t]{0,200}[A-Za-z_][ \t]{0,10}[-+*]?=[^=]`,
      String.raw`\brandom\.(?:choice|choices|sample)\s{0,5}\(\s{0,60}(?:string\.(?:ascii_\w{1,20}|digits|hexdigits|letters|lowercase|uppercase|punctuation|printable)|["'][A-Za-z0-9]{10,100}|(?:chars|characters|alphabet|charset|letters|symbols)\b)`,
    ],
    keywords: ['random.'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'This value comes from the random module, whose output can be predicted from a few earlier values; fine for sampling or games, but if it becomes an id, code, key or anything an attacker must not guess, use the secrets module.',
    examples: {
      bad: [
        'self.subnet_idx = random.randint(0, 100)',
        'rand_int = int(15 * random.random()) + 10',
        "data['weight'] = random.random()",
        'return random.choice(servers)',
        'rng = random.Random(seed)',
        'if random.choice(xrange(2)) > 0:',
        'for i in random.sample(range(start, end), length):',
      ],
      good: [
        'idx = secrets.randbelow(100)',
        'delay = random.uniform(0.5, 1.5)',
        'random.shuffle(indices)',
        'x = np.random.randint(0, 10)',
        'a = random.randrange(2, n - 1)',
        '# port = random.randint(1024, 65535)',
        "token = ''.join(random.choice(string.ascii_letters) for _ in range(32))",
        'if np.random.random() < p:',
        'for i in range(n):  # random.sample(...) would repeat',
      ],
    },
  },
  {
    id: 'py.random-seed',
    title: 'Do not seed the random module with a known value',
    languages: PYTHON,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\brandom\.seed\s*\(\s*[^\s)]`],
    unless: [String.raw`\burandom\b`, String.raw`\bsecrets\.`, String.raw`[\w)\]]\.random\.seed\b`],
    keywords: ['random.seed'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-335', 'CWE-338'],
    owasp: 'A02:2021',
    message: 'Seeding the shared random generator with a constant, a time or another known value makes every later value it returns reproducible, so nothing drawn from it can stay secret; use secrets for secret values and a private random.Random(seed) for reproducible runs.',
    examples: {
      bad: ['random.seed(SEED)', 'random.seed(42)', 'random.seed(time.time())'],
      good: ['random.seed()', 'rng = random.Random(SEED)', 'np.random.seed(42)', 'torch.manual_seed(seed)'],
    },
  },
  {
    id: 'py.requests-verify-false',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\b(?:get|post|put|patch|delete|head|options|request|send|stream|urlopen|Client|AsyncClient|Session|ClientSession|TCPConnector|PoolManager)\s{0,5}\(` + IN_CALL + String.raw`\b(?:verify(?:_ssl)?|ssl)\s{0,60}=\s{0,60}False\b`,
      String.raw`\b(?:session|sess|s|client|http|self\.session)\.verify\s{0,5}=\s{0,60}False\b`,
    ],
    unless: [String.raw`\bjwt\.`, String.raw`\bdecode\s{0,5}\(`],
    keywords: ['verify', 'ssl=false', 'ssl = false'],
    // The match may run many lines past its keyword (a query string, a call's arguments).
    reach: 'file',
    examples: {
      bad: [
        'r = requests.get(url, verify=False)',
        'session.verify = False',
        'client = httpx.Client(verify=False)',
        'resp = requests.post(\n    url,\n    json=payload,\n    verify=False,\n)',
        'async with session.get(url, ssl=False) as resp:',
        'connector = aiohttp.TCPConnector(ssl=False)',
      ],
      good: ['r = requests.get(url, verify="/etc/ssl/certs/ca.pem")', 'r = requests.get(url, timeout=10)', 'payload = jwt.decode(token, verify=False)', '@array_function_dispatch(_dispatcher, verify=False)'],
    },
  },
  {
    id: 'py.ssl-unverified-context',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\b(?:ssl\.)?_create_unverified_context\b`,
      String.raw`\b(?:verify_mode|cert_reqs)\s*=\s*(?:ssl\.)?CERT_NONE\b`,
      String.raw`\bcert_reqs\s*=\s*["']CERT_NONE["']`,
      String.raw`\bcheck_hostname\s*=\s*False\b`,
    ],
    unless: [String.raw`^[ \t]*def\s`],
    keywords: ['_create_unverified_context', 'cert_none', 'check_hostname'],
    examples: {
      bad: [
        'ctx = ssl._create_unverified_context()',
        'ctx.verify_mode = ssl.CERT_NONE',
        'sock = ssl.wrap_socket(s, cert_reqs=ssl.CERT_NONE)',
        'ctx.check_hostname = False',
        'ssl._create_default_https_context = ssl._create_unverified_context',
        'http = urllib3.PoolManager(cert_reqs="CERT_NONE")',
      ],
      good: [
        'ctx = ssl.create_default_context()',
        'ctx.verify_mode = ssl.CERT_REQUIRED',
        'ctx.check_hostname = True',
        'if ctx.verify_mode == ssl.CERT_NONE:',
        'http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())',
      ],
    },
  },
  {
    id: 'py.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: PYTHON,
    patterns: [
      // Where a context or socket is made with the protocol (not a table that maps protocol constants).
      String.raw`\b(?:SSLContext\s{0,5}\(\s{0,60}(?:protocol\s{0,5}=\s{0,60})?|ssl_version\s{0,5}=\s{0,60})(?:ssl\.)?PROTOCOL_(?:SSLv2|SSLv3|TLSv1|TLSv1_1)\b`,
      String.raw`\b(?:minimum|maximum)_version\s{0,5}=\s{0,60}(?:ssl\.)?TLSVersion\.(?:SSLv3|TLSv1|TLSv1_1)\b`,
    ],
    keywords: ['sslcontext', 'ssl_version', 'minimum_version', 'maximum_version'],
    examples: {
      bad: ['ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)', 'ctx.minimum_version = ssl.TLSVersion.TLSv1', 'sock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_SSLv3)'],
      good: ['ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2', '_openssl_versions = {ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD}'],
    },
  },
  {
    id: 'py.flask-debug',
    title: 'Do not run the web app with debug on',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\.run\s{0,5}\(` + CALL_REST + String.raw`\bdebug\s{0,5}=\s{0,60}True\b`,
      String.raw`\bapp\.debug\s{0,5}=\s{0,60}True\b`,
      String.raw`\bapp\.config\s{0,5}\[\s{0,60}["']DEBUG["']\s{0,5}\]\s{0,5}=\s{0,60}True\b`,
      String.raw`\b(?:FastAPI|Starlette)\s{0,5}\([^()\n]{0,200}\bdebug\s{0,5}=\s{0,60}True\b`,
      // Werkzeug's debugger middleware with its interactive console.
      String.raw`\bDebuggedApplication\s{0,5}\([^()\n]{0,200}\bevalex\s{0,5}=\s{0,60}True\b`,
    ],
    keywords: ['debug'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-489', 'CWE-94'],
    owasp: 'A05:2021',
    message: "Debug mode shows stack traces to every visitor, and Flask's and Werkzeug's debugger runs Python typed into the browser, so it must never be reachable in production; read the setting from the environment.",
    examples: {
      bad: [
        'app.run(host="0.0.0.0", debug=True)',
        'app.debug = True',
        'app.config["DEBUG"] = True',
        'app.run(port=int(port), debug=True)',
        'app = FastAPI(title="API", debug=True)',
        'app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)',
      ],
      good: ['app.run(debug=os.environ.get("FLASK_DEBUG") == "1")', 'app.run(host="127.0.0.1")', 'logging.basicConfig(level=logging.DEBUG)'],
    },
  },
  {
    id: 'py.django-debug-true',
    title: 'Do not ship Django with DEBUG = True',
    languages: PYTHON,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`^DEBUG\s*=\s*True\b`],
    keywords: ['debug'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-489'],
    owasp: 'A05:2021',
    message: 'With DEBUG = True Django shows stack traces, settings and SQL to anyone who triggers an error; read the flag from the environment so production runs with it off.',
    examples: {
      bad: ['DEBUG = True'],
      good: ['DEBUG = os.environ.get("DJANGO_DEBUG") == "1"', 'DEBUG = False', 'if verbose:\n    DEBUG = True'],
    },
  },
  {
    id: 'py.django-allowed-hosts-any',
    title: 'List the host names Django serves',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`^[ \t]{0,40}ALLOWED_HOSTS[ \t]{0,5}=[ \t]{0,5}[\[(][ \t]{0,5}(?:['"][^'"\n]{0,60}['"][ \t]{0,5},[ \t]{0,5}){0,10}['"]\*['"]`],
    keywords: ['allowed_hosts'],
    scope: 'code',
    lesson: 'disabled-protections',
    cwe: ['CWE-20', 'CWE-346'],
    owasp: 'A05:2021',
    message: 'With "*" Django answers any Host header, so a forged one goes into the links it builds (password-reset e-mails) and into caches; list the real host names, from the environment.',
    examples: {
      bad: ['ALLOWED_HOSTS = ["*"]', "ALLOWED_HOSTS = ['localhost', '127.0.0.1', '*']"],
      good: ['ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")', "ALLOWED_HOSTS = ['.example.com', 'localhost']"],
    },
  },
  {
    id: 'py.assert-access-check',
    title: 'Do not check access with assert',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    // An assert on a user's rights: Python drops every assert when run with -O (PYTHONOPTIMIZE).
    patterns: [String.raw`^[ \t]{0,100}assert[ \t]{1,5}(?:not[ \t]{1,5})?(?:\w{1,40}\.){0,3}(?:is_(?:admin|staff|superuser|authenticated|owner|authorized|allowed)\b|has_perms?\s{0,5}\(|has_role\s{0,5}\(|has_permission\s{0,5}\(|check_permission\s{0,5}\()`],
    keywords: ['assert'],
    scope: 'code',
    lesson: 'disabled-protections',
    cwe: ['CWE-617', 'CWE-285'],
    owasp: 'A01:2021',
    message: 'Python removes asserts when it runs with -O, so this access check disappears and everyone passes; raise PermissionError (or your framework\'s 403) instead.',
    examples: {
      bad: ['    assert request.user.is_staff, "staff only"', '    assert user.has_perm("billing.refund")'],
      good: ['    if not request.user.is_staff:\n        raise PermissionDenied', '    assert isinstance(user, User)'],
    },
  },
  {
    id: 'py.jinja-autoescape-false',
    title: 'Turn Jinja autoescaping on',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bautoescape\s*=\s*False\b`, String.raw`[{,]\s{0,60}["']autoescape["']\s{0,5}:\s{0,60}False\b`],
    keywords: ['autoescape'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Turning autoescape off renders every value into the page as raw HTML, so any input that reaches a template can inject script; use autoescape=True or select_autoescape().',
    examples: {
      bad: ['env = Environment(loader=loader, autoescape=False)', 'tpl = Template(source, autoescape=False)', 'TEMPLATES = [{"BACKEND": BACKEND, "OPTIONS": {"autoescape": False}}]'],
      good: ['env = Environment(loader=loader, autoescape=select_autoescape())', 'tpl = Template(source, autoescape=True)', 'TEMPLATES = [{"BACKEND": BACKEND, "OPTIONS": {"autoescape": True}}]'],
    },
  },
  {
    id: 'py.jinja-env-default-autoescape',
    title: 'Set autoescape on Jinja environments',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:jinja2\.Environment\s{0,5}\(|Environment\s{0,5}\(\s{0,60}loader\s{0,5}=)` + CALL_REST + String.raw`\)`],
    unless: [String.raw`\bautoescape\b`],
    keywords: ['environment'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'A Jinja Environment does not escape HTML unless autoescape is set, so values rendered into HTML templates can inject script; pass autoescape=select_autoescape().',
    examples: {
      bad: ['env = jinja2.Environment(loader=FileSystemLoader("templates"))', 'env = Environment(loader=PackageLoader("app"))'],
      good: [
        'env = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=True)',
        'env = Environment(loader=loader, autoescape=select_autoescape())',
        'env = jinja2.Environment(\n    loader=loader,\n    autoescape=True,\n)',
      ],
    },
  },
  {
    id: 'py.template-from-input',
    title: 'Do not render templates built from input',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\brender_template_string\s{0,5}\([^\n]{0,1000}`,
      String.raw`\b(?:Template|from_string)\s{0,5}\(\s{0,60}(?:` + REQ + '|' + F_PREFIX + `["'])`,
    ],
    unless: [String.raw`\bdef\s`],
    unlessMatch: [LITERAL_FIRST_ARG, CALL_HEAD + String.raw`[A-Z][A-Z0-9_]{2,60}[ \t]{0,10}[),]`],
    keywords: ['render_template_string', 'template', 'from_string'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-1336', 'CWE-94'],
    owasp: 'A03:2021',
    message: 'Rendering a template whose text is built at run time lets anyone who controls part of it run template code on the server; keep templates constant and pass values as context variables.',
    examples: {
      bad: [
        'return render_template_string(f"<h1>Hello {name}</h1>")',
        'return render_template_string(request.args.get("tpl"))',
        'html = render_template_string("<p>%s</p>" % comment)',
        'out = Template(request.form["body"]).render()',
        'tpl = env.from_string(f"Dear {user}")',
      ],
      good: [
        'return render_template_string("<h1>Hello {{ name }}</h1>", name=name)',
        'return render_template_string(PAGE, items=items)',
        'return render_template("hello.html", name=name)',
        'tpl = env.get_template("mail.txt")',
      ],
    },
  },
  {
    id: 'py.markup-unescaped',
    title: 'Do not mark built strings as safe HTML',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [String.raw`\b(?:Markup|mark_safe|SafeString|format_html)\s{0,5}\(\s{0,60}(?:` + F_PREFIX + `["']|` + REQ + '|' + LIT + String.raw`\s{0,60}(?:%|\.format\s{0,5}\(|\+))`],
    keywords: ['markup', 'mark_safe', 'safestring', 'format_html'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Markup(), mark_safe() and format_html() tell the template engine not to escape the text, so any input formatted into it is rendered as live HTML and script; escape the values first or let the template do it.',
    examples: {
      bad: ['return Markup(f"<b>{username}</b>")', 'html = mark_safe("<a href=\'%s\'>link</a>" % url)', 'return Markup(request.args["msg"])', 'html = format_html("<b>" + name + "</b>")'],
      good: ['return Markup("<b>{}</b>").format(username)', 'html = format_html("<a href=\'{}\'>link</a>", url)', 'return Markup("<br>")'],
    },
  },
  {
    id: 'py.tempfile-mktemp',
    title: 'Use mkstemp, not mktemp',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\btempfile\.mktemp\s*\(`, String.raw`(?:^|[^.\w])mktemp\s*\(`, String.raw`\bos\.(?:tempnam|tmpnam)\s*\(`],
    unless: [String.raw`\bdef\s+mktemp\b`],
    keywords: ['mktemp', 'tempnam', 'tmpnam'],
    scope: 'code',
    lesson: 'insecure-temp-files',
    cwe: ['CWE-377'],
    owasp: 'A01:2021',
    message: 'mktemp() only returns a name, so another process can create that path first (or a symlink there) before you open it; use tempfile.mkstemp() or NamedTemporaryFile().',
    examples: {
      bad: ['path = tempfile.mktemp(suffix=".txt")', 'name = mktemp()', 'path = os.tempnam(None, "upload")'],
      good: ['d = tmp_path_factory.mktemp("data")', 'fd, path = tempfile.mkstemp(suffix=".txt")', 'd = tempfile.mkdtemp()', 'with tempfile.NamedTemporaryFile() as f:'],
    },
  },
  {
    id: 'py.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bchmod\s{0,5}\(` + CALL_REST + String.raw`\b0o?[0-7]?[0-7]{2}[2367]\b`,
      String.raw`\bchmod\s{0,5}\(` + CALL_REST + String.raw`\bS_I(?:WOTH|RWXO)\b`,
      String.raw`\bchmod\s{0,5}\(` + CALL_REST + String.raw`,\s{0,60}(?:511|438)\s{0,60}\)`,
      // umask(0) as a statement: every file and folder created from here on is world-writable. (`old = os.umask(0)`
      // followed by os.umask(old) is how Python reads the mask.)
      String.raw`^[ \t]{0,40}os\.umask\s{0,5}\(\s{0,60}(?:0o)?0{1,4}\s{0,5}\)`,
    ],
    unless: [String.raw`\b0o?[0-7]{3,4}\s{0,5}(?:-|&|\^)`],
    keywords: ['chmod', 'umask'],
    examples: {
      bad: ['os.chmod(path, 0o777)', 'os.chmod(path, 0666)', 'Path(p).chmod(0o666)', 'os.chmod(os.path.join(d, name), stat.S_IRWXU | stat.S_IRWXO)', 'os.chmod(path, 511)', 'os.umask(0)'],
      good: ['os.chmod(path, 0o755)', 'os.chmod(path, 0o600)', 'os.chmod(target, 0o777 - umask)', 'os.makedirs(path, 0o777, exist_ok=True)', 'os.chmod(path, 493)', 'old = os.umask(0o077)', 'mask = os.umask(0)\nos.umask(mask)'],
    },
  },
  {
    id: 'py.xxe-parser-entities',
    title: 'Do not enable external entities in XML parsers',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bresolve_entities\s{0,5}=\s{0,60}True\b`,
      String.raw`\bno_network\s{0,5}=\s{0,60}False\b`,
      String.raw`\bsetFeature\s{0,5}\(\s{0,60}(?:[\w.]{0,100}\.)?feature_external_(?:ges|pes)\s{0,60},\s{0,60}(?:True|1)\b`,
    ],
    keywords: ['resolve_entities', 'no_network', 'feature_external'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'This parser resolves external entities, so a crafted document can read local files or make the server fetch URLs; use defusedxml, or keep entity resolution and network access off.',
    examples: {
      bad: ['parser = etree.XMLParser(resolve_entities=True)', 'parser.setFeature(feature_external_ges, True)', 'p = etree.XMLParser(no_network=False)'],
      good: ['parser = etree.XMLParser(resolve_entities=False, no_network=True)', 'parser.setFeature(feature_external_ges, False)', 'tree = defusedxml.ElementTree.parse(f)'],
    },
  },
  {
    id: 'py.xml-parse-request',
    title: 'Parse XML from requests with defusedxml',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:ET|ElementTree|cElementTree|etree|minidom|pulldom|sax|objectify|expatbuilder)\.(?:fromstring|XML|parse|parseString|iterparse|XMLID|fromstringlist)\s{0,5}\(\s{0,60}(?:` + REQ + String.raw`|request\.(?:stream|body|content)\b)`,
    ],
    unless: [String.raw`\bdefusedxml\b`],
    // `from defusedxml import ElementTree as ET` at the top makes every ET below the hardened parser.
    matcher: 'defusedxml-not-imported',
    keywords: ['request.'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611', 'CWE-776'],
    owasp: 'A05:2021',
    message: 'The standard library and lxml parsers are not hardened against hostile XML (entity expansion bombs, and external entities in lxml), so parsing request bodies with them is risky; use defusedxml.',
    examples: {
      bad: ['root = ET.fromstring(request.data)', 'doc = minidom.parseString(request.get_data())', 'tree = etree.fromstring(request.body)'],
      good: [
        'root = defusedxml.ElementTree.fromstring(request.data)',
        'root = ET.fromstring(CONFIG_XML)',
        'from defusedxml import ElementTree as ET\n\n\ndef upload():\n    root = ET.fromstring(request.data)',
      ],
    },
  },
  {
    id: 'py.path-from-request',
    title: 'Do not build file paths from request data',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`${PATH_CALL}` + ARG_PREFIX + REQ,
      // The path's parts are variables, one of which holds request data.
      String.raw`${PATH_CALL}[^\n()]{0,150}(?:\([^\n()]{0,150}\)[^\n()]{0,100})?\)`,
    ],
    // An archive opened from the uploaded file object (tarfile.open(fileobj=...)), not from a path.
    unless: [NAME_CUT_TO_BASENAME, String.raw`\bopen\s{0,5}\(\s{0,5}fileobj\s{0,5}=`],
    matcher: 'request-input',
    keywords: ['request.', 'open(', 'send_file', 'fileresponse', 'path.join', 'path(', 'os.remove', 'os.unlink', 'rmtree', 'shutil.copy'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'This file path comes from request data, so a value such as ../../etc/passwd reaches files outside the intended folder; use send_from_directory or safe_join, or check the resolved path.',
    examples: {
      bad: [
        "return send_file(request.args['path'])",
        "with open(os.path.join(UPLOAD_DIR, request.args.get('name'))) as f:",
        'data = open(f"/srv/files/{request.args[\'f\']}").read()',
        'name = request.args.get("name")\nwith open(os.path.join(UPLOAD_DIR, name)) as f:',
        '@app.route("/files/<name>")\ndef download(name):\n    return send_file(os.path.join(BASE, name))',
        "with tarfile.open(request.args['archive']) as archive:",
        "with gzip.open(request.args['log']) as f:",
        "name = secure_filename(request.files['f'].filename)\nwith open(request.args['path']) as f:",
      ],
      good: [
        "return send_from_directory(UPLOAD_DIR, request.args['name'])",
        "path = os.path.join(UPLOAD_DIR, secure_filename(request.files['f'].filename))",
        "name = Path(request.files['f'].filename).name",
        "with tarfile.open(fileobj=request.files['archive'].stream, mode='r:gz') as archive:",
        "img = Image.open(request.files['avatar'].stream)",

        'with open(CONFIG_PATH) as f:',
      ],
    },
  },
  {
    id: 'py.upload-client-filename',
    title: "Do not store uploads under the client's file name",
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    // An uploaded file (werkzeug's FileStorage: the object with .save and .filename) saved under the name its
    // client gave: f.save("/uploads/" + f.filename).
    patterns: [String.raw`\.save\s{0,5}\([^\n]{0,300}?\b\w{1,30}\.filename\b`],
    unless: [NAME_CUT_TO_BASENAME],
    keywords: ['.filename'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-434', 'CWE-22'],
    owasp: 'A04:2021',
    message: "The upload is saved under the name the client sent, so a name such as ../../app.py overwrites files outside the folder; pass it through secure_filename() or generate the name.",
    examples: {
      bad: ['file = request.files["file"]\nfile.save("/srv/uploads/" + file.filename)', 'upload.save(os.path.join(app.config["UPLOAD_FOLDER"], upload.filename))'],
      good: ['file.save(os.path.join(UPLOAD_DIR, secure_filename(file.filename)))', 'file.save(os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex}.png"))', 'log.info("saved %s", file.filename)'],
    },
  },
  {
    id: 'py.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    matcher: 'request-input-client-session',
    languages: PYTHON,
    patterns: [
      String.raw`${FETCH_CALL}(?:` + REQ + String.raw`|[fF]["'][^"'\n{]{0,1000}\{\s{0,60}` + REQ + '|' + LIT + String.raw`\s{0,60}\+\s{0,60}` + REQ + ')',
      // A variable, a field of one (body.url of a FastAPI model) or its str(): the matcher decides whether it holds request data.
      String.raw`${FETCH_CALL}(?:(?:str\s{0,5}\(\s{0,5})?[A-Za-z_]\w{0,60}(?:\.\w{1,60})?\s{0,5}\)?\s{0,5}[,)]|[fF]["'][^"'\n{]{0,1000}\{\s{0,60}[A-Za-z_]\w{0,60}|` + LIT + String.raw`\s{0,60}\+\s{0,60}[A-Za-z_]\w{0,60})`,
    ],
    keywords: ['request.', 'requests.', 'httpx.', 'aiohttp.', 'urlopen', 'urllib', 'session.'],
    examples: {
      bad: ["r = requests.get(request.args.get('url'))", 'resp = urllib.request.urlopen(request.form["feed"])', 'r = httpx.post(f"http://{request.args[\'host\']}/hook")',
        'r = requests.get("http://" + request.args["host"] + "/status")', 'host = request.args.get("host")\nr = requests.get(f"http://{host}/status")',
        'async with session.get(request.query["url"]) as resp:', 'resp = await http_session.post(request.json["callback"])',
        "session = requests.Session()\nurl = request.args.get('url')\nr = session.get(url)", "r = self.session.get(request.args['url'])",
        'async with aiohttp.ClientSession() as session:\n    target = request.query["url"]\n\n    resp = session.post(target)',
        '@app.post("/preview")\nasync def preview(body: PreviewRequest):\n    r = requests.get(str(body.url), timeout=5)'],
      good: ['r = requests.get(API_URL, params={"q": request.args.get("q")})', 'r = requests.get(url, timeout=5)', 'async with session.get(FEED_URL, params={"q": request.query["q"]}) as resp:',
        'key = request.args.get("key")\nitem = session.get(key)', 'item = session.get(request.args["name"])',
        "from flask import session\nkey = request.args.get('key')\nvalue = session.get(key)", "session = requests.Session()\nr = session.get(API_URL, params={'q': request.args.get('q')})",
        "s = requests.Session()\nuser = db.session.get(User, request.args['id'])",
        '@app.post("/preview")\nasync def preview(body: PreviewRequest):\n    r = requests.get(str(settings.preview_url), timeout=5)'],
    },
  },
  {
    id: 'py.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`${REDIRECT_CALL}(?:` + REQ + String.raw`|[fF]["'][^"'\n{]{0,1000}\{\s{0,60}` + REQ + ')',
      String.raw`${REDIRECT_CALL}(?:[A-Za-z_]\w{0,60}|[fF]["'][^"'\n{]{0,1000}\{\s{0,60}[A-Za-z_]\w{0,60})\s{0,60}[,)}]`,
      // The Location header set by hand: response.headers["Location"] = request.args.get("next")
      String.raw`\[\s{0,5}["']Location["']\s{0,5}\]\s{0,5}=\s{0,5}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}[ \t]{0,10}$)`,
    ],
    unless: [String.raw`\b(?:url_has_allowed_host_and_scheme|is_safe_url)\s{0,5}\(`],
    keywords: ['redirect', 'location'],
    examples: {
      bad: [
        "return redirect(request.args.get('next'))",
        "return HttpResponseRedirect(request.GET['next'])",
        "next_url = request.args.get('next')\nreturn redirect(next_url)",
        '@app.get("/go")\ndef go(next_url: str):\n    return RedirectResponse(url=next_url)',
        '@app.post("/login")\nasync def login(next: str = Form("/")):\n    return RedirectResponse(url=next, status_code=303)',
        'response.headers["Location"] = request.args.get("url")',
      ],
      good: [
        "return redirect(url_for('index'))",
        'response.headers["Location"] = url_for("index")',
        "next_url = url_for('index')\nreturn redirect(next_url)",
        '@app.post("/login")\nasync def login(next: str = Form("/")):\n    return RedirectResponse(url=DASHBOARD_URL, status_code=303)',
        "return redirect(request.args.get('next')) if url_has_allowed_host_and_scheme(request.args.get('next'), None) else redirect('/')",
      ],
    },
  },
  {
    id: 'py.jwt-verify-disabled',
    ...JWT_VALIDATION_DISABLED_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bjwt\.decode\s{0,5}\(` + CALL_REST + String.raw`\bverify\s{0,5}=\s{0,60}False\b`,
      String.raw`\{\s{0,60}["']verify_signature["']\s{0,5}:\s{0,60}False\b`,
      String.raw`[{,]\s{0,60}["']verify_exp["']\s{0,5}:\s{0,60}False\b`,
      // python-jose's claims read without any check.
      String.raw`\bjwt\.get_unverified_claims\s{0,5}\(`,
    ],
    keywords: ['verify', 'get_unverified_claims'],
    examples: {
      bad: [
        'payload = jwt.decode(token, verify=False)',
        'claims = jwt.decode(token, key, options={"verify_signature": False})',
        'data = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})',
        'claims = jwt.get_unverified_claims(token)',
      ],
      good: ['payload = jwt.decode(token, key, algorithms=["HS256"])', 'claims = jwt.decode(token, key, options={"verify_exp": True}, algorithms=["RS256"])'],
    },
  },
  {
    id: 'py.jwt-none-algorithm',
    ...JWT_NONE_ALGORITHM_RULE,
    languages: PYTHON,
    ignoreCase: true,
    patterns: [String.raw`\balgorithms?\s*=\s*\[?["']none["']`],
    keywords: ['none'],
    examples: {
      bad: ['token = jwt.encode(payload, None, algorithm="none")', 'data = jwt.decode(token, algorithms=["none"])'],
      good: ['token = jwt.encode(payload, key, algorithm="HS256")', 'data = jwt.decode(token, key, algorithms=["RS256"])'],
    },
  },
  {
    id: 'py.tar-extract-unfiltered',
    title: "Extract tar archives with a filter",
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // A tar archive unpacked whole without filter= (Python 3.12's "data" filter refuses ../ and absolute paths).
      String.raw`\b(?:tarfile\s{0,60}\.\s{0,5}open\s{0,5}\([^()\n]{0,200}\)|tar|tf|tarball|tar_?file|tar_?obj|archive)\s{0,60}\.\s{0,5}extractall\s{0,5}\(`,
      // One member at a time (a ZipFile's extract cleans the name; these receivers are tar archives).
      String.raw`\b(?:tarfile\s{0,60}\.\s{0,5}open\s{0,5}\([^()\n]{0,200}\)|tar|tf|tarball|tar_?file|tar_?obj)\s{0,60}\.\s{0,5}extract\s{0,5}\(`,
      // shutil.unpack_archive hands a .tar to tarfile with the same lack of a filter.
      String.raw`\bshutil\s{0,60}\.\s{0,5}unpack_archive\s{0,5}\(`,
    ],
    unless: [String.raw`\bfilter\s{0,5}=`],
    keywords: ['extractall', '.extract', 'unpack_archive'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'tarfile extracts members named ../../etc/cron.d/x or /root/.ssh/authorized_keys where their names say, so an archive from anyone else can write anywhere; pass filter="data" (Python 3.12+, backported) or check each member.',
    examples: {
      bad: [
        'with tarfile.open(upload_path) as tar:\n    tar.extractall(dest)', 'tarfile.open(path).extractall(path=tmpdir)', 'for member in members:\n    tar.extract(member, path=dest)',
        'shutil.unpack_archive(upload_path, extract_dir)',
      ],
      good: [
        'with tarfile.open(upload_path) as tar:\n    tar.extractall(dest, filter="data")', 'with zipfile.ZipFile(path) as archive_zip:\n    archive_zip.extractall(dest)',
        'tar.extract(member, path=dest, filter="data")', 'shutil.unpack_archive(upload_path, extract_dir, filter="data")', 'zf.extract(member, path=dest)',
      ],
    },
  },
  {
    id: 'py.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bhashlib\s{0,60}\.\s{0,5}(?:sha(?:224|256|384|512)|sha3_(?:224|256|384|512)|blake2[bs])\s{0,5}\(\s{0,60}\(?[\w. +]{0,60}?\b\w{0,30}` + PASSWORD_WORD + String.raw`\w{0,20}\b`,
      String.raw`\bhashlib\s{0,60}\.\s{0,5}new\s{0,5}\(\s{0,60}["'](?:sha\d{3}|sha3_\d{3}|blake2[bs])["']\s{0,5},\s{0,60}\(?[\w. +]{0,60}?\b\w{0,30}` + PASSWORD_WORD + String.raw`\w{0,20}\b`,
    ],
    keywords: ['sha2', 'sha3', 'sha5', 'sha384', 'blake2', 'hashlib.new'],
    examples: {
      bad: ['hashed = hashlib.sha256(password.encode()).hexdigest()', 'digest = hashlib.sha512((salt + user.password).encode()).hexdigest()', 'digest = hashlib.new("sha256", password.encode()).hexdigest()'],
      good: ['hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())', 'etag = hashlib.sha256(body).hexdigest()', 'key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)'],
    },
  },
  {
    id: 'py.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: PYTHON,
    patterns: [
      // session.add(User(**request.json)), User.objects.create(**request.POST), and Django forms and DRF serializers on
      // every field. (A schema's own constructor, UserIn(**request.json), is how input gets validated.)
      String.raw`(?:\.\s{0,5}add\s{0,5}\(\s{0,60}[A-Z]\w{0,60}|\bobjects\s{0,60}\.\s{0,5}(?:create|update|update_or_create|get_or_create))\s{0,5}\(\s{0,60}\*\*\s{0,5}(?:request\s{0,60}\.\s{0,5}(?:json|form|data|POST|values|args)\b|request\s{0,60}\.\s{0,5}get_json\s{0,5}\(\s{0,60}\)|await\s{1,5}request\s{0,60}\.\s{0,5}json\s{0,5}\(\s{0,60}\))`,
      String.raw`^[ \t]{1,40}fields\s{0,5}=\s{0,60}["']__all__["']`,
      String.raw`\bfor\s{1,5}\w{1,30}\s{0,5},\s{0,60}\w{1,30}\s{1,5}in\s{1,5}request\s{0,60}\.\s{0,5}(?:json|form|data|values|args|POST|get_json\s{0,5}\(\s{0,60}\))\s{0,60}\.\s{0,5}items\s{0,5}\(\s{0,60}\)\s{0,5}:\s{0,60}\n[ \t]{0,40}setattr\s{0,5}\(`,
      String.raw`\.__dict__\s{0,60}\.\s{0,5}update\s{0,5}\(\s{0,60}(?:\*\*\s{0,5})?(?:request\s{0,60}\.\s{0,5}(?:json|form|data|values|args|POST)\b|request\s{0,60}\.\s{0,5}get_json\s{0,5}\(\s{0,60}\))`,
    ],
    keywords: ['**request', '** request', '**await', '** await', '__all__', 'setattr', '__dict__'],
    examples: {
      bad: [
        'for key, value in request.json.items():\n    setattr(user, key, value)',
        'user.__dict__.update(request.form)',
        'db.session.add(User(**request.json))',
        'order = Order.objects.create(**request.POST.dict())',
        'class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n        fields = "__all__"',
      ],
      good: [
        'user = User(name=request.json["name"], email=request.json["email"])',
        'data = UserIn(**request.json)\nuser = User(name=data.name)',
        'class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n        fields = ["bio", "avatar"]',
        'for key in ("name", "bio"):\n    setattr(user, key, request.json[key])',
      ],
    },
  },
  {
    id: 'py.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: PYTHON,
    // ZipInfo.filename and TarInfo.name joined by hand (extractall of a ZipFile cleans names itself). A directory
    // walk's entry.name (os.scandir) is no archive's.
    patterns: [
      String.raw`\bos\s{0,60}\.\s{0,5}path\s{0,60}\.\s{0,5}join\s{0,5}\([^\n]{0,100}\b(?:(?:member|info|zinfo|entry|m|f)\s{0,60}\.\s{0,5}filename|(?:member|tarinfo|tinfo|m)\s{0,60}\.\s{0,5}name)\b`,
      // for name in zf.namelist(): ... open(os.path.join(dest, name), "wb"): the loop's name joined as it is.
      String.raw`\bfor[ \t]{1,5}\w{1,30}[ \t]{1,5}in[ \t]{1,5}[\w.]{1,60}\.\s{0,5}(?:namelist|getnames)\s{0,5}\(\s{0,5}\)\s{0,5}:[^\n]{0,100}\n(?:[^\n]{0,200}\n){0,4}[^\n]{0,200}?(?<report>\bos\s{0,5}\.\s{0,5}path\s{0,5}\.\s{0,5}join\s{0,5}\([^()\n]{1,100},\s{0,5}[A-Za-z_]\w{0,30}\s{0,5}\))`,
    ],
    unlessMatch: [String.raw`\b(?:realpath|abspath|commonpath|basename|normpath|resolve|is_relative_to|startswith)\b`],
    keywords: ['path.join'],
    reach: 'block',
    examples: {
      bad: [
        'for member in zf.infolist():\n    target = os.path.join(dest, member.filename)\n    with open(target, "wb") as out:',
        'for name in z.namelist():\n    open(os.path.join(dest, name), "wb").write(z.read(name))',
      ],
      good: [
        'for member in zf.infolist():\n    target = os.path.realpath(os.path.join(dest, member.filename))\n    if os.path.commonpath([target, dest]) != dest:\n        raise ValueError(member.filename)',
        'target = os.path.join(dest, os.path.basename(name))',
        'for name in z.namelist():\n    target = os.path.realpath(os.path.join(dest, name))\n    if not target.startswith(dest + os.sep):\n        raise ValueError(name)',
      ],
    },
  },
  {
    id: 'py.ldap-filter-built',
    ...LDAP_FILTER_BUILT_RULE,
    languages: PYTHON,
    patterns: [
      // "(uid=" + name + ")", "(uid=%s)" % name, "(uid={})".format(name), f"(uid={name})"
      String.raw`[fF]["']\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"'\n{]{0,200}\{`,
      String.raw`["']\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"'\n]{0,200}["']\s{0,5}(?:\+\s{0,60}[A-Za-z_]|%\s{0,5}[\w(]|\.format\s{0,5}\()`,
    ],
    unless: [String.raw`\b(?:escape_filter_chars|escape_rdn|filter_format)\s{0,5}\(`],
    examples: {
      bad: ['conn.search_s(base, ldap.SCOPE_SUBTREE, "(uid=" + username + ")")', 'conn.search(base, f"(&(objectClass=person)(uid={username}))")', 'flt = "(cn=%s)" % name'],
      good: ['conn.search_s(base, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(username))', 'flt = filter_format("(cn=%s)", [name])', 'conn.search(base, "(objectClass=person)")',
        '# conn.search(base, f"(uid={username})")'],
    },
  },
  {
    id: 'py.xpath-built',
    ...XPATH_BUILT_RULE,
    languages: PYTHON,
    // (The other quote mark may stand inside: "//user[name='" + name + "']".)
    patterns: [
      String.raw`\.(?:xpath|findall|find|iterfind)\s{0,5}\(\s{0,20}(?:[fF]"[^"\n\[]{0,200}\[[^"\n]{0,200}\{|[fF]'[^'\n\[]{0,200}\[[^'\n]{0,200}\{)`,
      String.raw`\.(?:xpath|findall|find|iterfind)\s{0,5}\(\s{0,20}(?:"[^"\n\[]{0,200}\[[^"\n]{0,200}"|'[^'\n\[]{0,200}\[[^'\n]{0,200}')\s{0,5}(?:\+\s{0,5}[A-Za-z_]|%\s{0,5}[\w(]|\.format\s{0,5}\()`,
    ],
    keywords: ['xpath', 'find'],
    message: "A value formatted into an XPath query can close the quote and add or 1=1, returning or bypassing any node; pass it as an XPath variable (tree.xpath('//user[name=$name]', name=value)).",
    examples: {
      bad: ['users = tree.xpath("//user[name=\'" + username + "\']")', "node = root.xpath(f\"//user[@name='{name}']\")"],
      good: ['users = tree.xpath("//user[name=$name]", name=username)', 'items = root.findall("./item[@type=\'book\']")'],
    },
  },
  {
    id: 'py.csrf-disabled',
    ...CSRF_PROTECTION_DISABLED_RULE,
    languages: PYTHON,
    patterns: [String.raw`@csrf_exempt\b`, String.raw`(?:\[\s*["']|\b)WTF_CSRF_ENABLED["']?\]?\s*=\s*False\b`],
    keywords: ['csrf_exempt', 'wtf_csrf_enabled'],
    examples: {
      bad: ['@csrf_exempt\ndef transfer(request):', 'app.config["WTF_CSRF_ENABLED"] = False'],
      good: ['@csrf_protect\ndef transfer(request):', 'app.config["WTF_CSRF_ENABLED"] = True'],
    },
  },
  {
    id: 'py.regex-from-request',
    ...REGEX_FROM_REQUEST_RULE,
    languages: PYTHON,
    patterns: [String.raw`\bre\s{0,60}\.\s{0,5}(?:compile|match|search|fullmatch|sub|subn|findall|finditer|split)\s{0,5}\(\s{0,60}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,)])`],
    unless: [String.raw`\bre\s{0,60}\.\s{0,5}escape\s{0,5}\(`],
    keywords: ['re.compile', 're.match', 're.fullmatch', 're.search', 're.sub', 're.findall', 're.finditer', 're.split'],
    examples: {
      bad: ['pattern = re.compile(request.args["q"])', 'q = request.args.get("q")\nhits = [n for n in names if re.search(q, n)]'],
      good: ['pattern = re.compile(re.escape(request.args["q"]))', 'q = settings.NAME_PATTERN\nhits = [n for n in names if re.search(q, n)]'],
    },
  },
  {
    id: 'py.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bpbkdf2_hmac\s{0,5}\(\s{0,20}[^,()\s][^,()\n]{0,60},[^,()\n]{1,100}(?:\([^()\n]{0,100}\)[^,()\n]{0,100})?,[^,()\n]{1,100},\s{0,20}(?:iterations\s{0,5}=\s{0,5})?\d{1,4}\s{0,5}[,)]`,
      String.raw`\bbcrypt\s*\.\s*gensalt\s*\(\s*(?:rounds\s*=\s*)?[4-9]\s*\)`,
    ],
    keywords: ['pbkdf2_hmac', 'gensalt'],
    examples: {
      bad: ['key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)', 'hashed = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=4))'],
      good: ['key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)', 'hashed = bcrypt.hashpw(pw, bcrypt.gensalt())'],
    },
  },
  {
    id: 'py.cors-wildcard-credentials',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bCORS\s{0,5}\(` + CALL_REST + String.raw`\bsupports_credentials\s{0,5}=\s{0,60}True\b`,
      // django-cors-headers: every origin, with credentials.
      // django-cors-headers' settings, in either order.
      String.raw`\bCORS_(?:(?:ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s{0,5}=\s{0,5}True\b[^()]{0,300}?\bCORS_ALLOW_CREDENTIALS|ALLOW_CREDENTIALS\s{0,5}=\s{0,5}True\b[^()]{0,300}?\bCORS_(?:ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS))\s{0,5}=\s{0,5}True\b`,
      // Starlette and FastAPI answer a credentialed request from any origin with that origin when given "*".
      String.raw`\bCORSMiddleware\b[^()]{0,300}?(?:allow_origins\s{0,5}=\s{0,5}\[\s{0,5}["']\*["']\s{0,5}\][^()]{0,300}?allow_credentials\s{0,5}=\s{0,5}True|allow_credentials\s{0,5}=\s{0,5}True[^()]{0,300}?allow_origins\s{0,5}=\s{0,5}\[\s{0,5}["']\*["']\s{0,5}\])`,
    ],
    unless: [String.raw`\borigins\s{0,5}=\s{0,60}\[?(?:["'][^*"'\n]|[A-Za-z_])`],
    keywords: ['supports_credentials', 'corsmiddleware', 'cors_origin_allow_all', 'cors_allow_all_origins'],
    // An add_middleware call lists its options over several lines.
    reach: 'block',
    examples: {
      bad: [
        'CORS(app, supports_credentials=True)',
        'CORS(app, origins="*", supports_credentials=True)',
        'CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)',
        'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_credentials=True,\n    allow_methods=["*"],\n)',
        'CORS_ORIGIN_ALLOW_ALL = True\nCORS_ALLOW_CREDENTIALS = True', 'CORS_ALLOW_CREDENTIALS = True\nCORS_ALLOW_ALL_ORIGINS = True'],
      good: [
        'CORS(app, origins=["https://app.example.com"], supports_credentials=True)',
        'CORS(app)',
        'CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)',
        'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["https://app.example.com"],\n    allow_credentials=True,\n)',
        'CORS_ALLOW_ALL_ORIGINS = True',
        'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])',
      ],
    },
  },
  {
    id: 'py.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\[\s{0,60}["']Access-Control-Allow-Origin["']\s{0,5}\]\s{0,5}=\s{0,60}[^\n]{1,200}`,
      String.raw`\.\s{0,5}(?:set|add|setdefault)\s{0,5}\(\s{0,60}["']Access-Control-Allow-Origin["']\s{0,5},\s{0,60}[^\n]{1,200}`,
    ],
    examples: {
      bad: [
        'response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")',
        'origin = request.headers["Origin"]\nresp.headers["Access-Control-Allow-Origin"] = origin', 'response.headers.set("Access-Control-Allow-Origin", request.headers.get("Origin"))'],
      good: [
        'response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"',
        'origin = request.headers.get("Origin")\nif origin in ALLOWED_ORIGINS:\n    response.headers["Access-Control-Allow-Origin"] = origin',
      ],
    },
  },
  {
    id: 'py.cookie-insecure-flags',
    ...INSECURE_COOKIE_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`(?:\[\s{0,60}["'])?\b(?:SESSION|CSRF|REMEMBER)_COOKIE_(?:SECURE|HTTPONLY)\b["']?\]?\s{0,5}=\s{0,60}False\b`,
      String.raw`\bset_cookie\s{0,5}\(${CALL_ARGUMENTS}\b(?:secure|httponly)\s{0,60}=\s{0,60}False\b`,
    ],
    unlessMatch: [String.raw`\*\*`],
    keywords: ['cookie'],
    // A set_cookie call lists its options over several lines.
    reach: 'block',
    examples: {
      bad: [
        'SESSION_COOKIE_SECURE = False', 'resp.set_cookie("session", sid, httponly=False)', 'app.config["SESSION_COOKIE_HTTPONLY"] = False',
        'resp.set_cookie("session", token, secure=False, httponly=False)', 'resp.set_cookie("session", token, secure=True, httponly=False)',
        'response.set_cookie(\n    "access_token",\n    create_token(user),\n    httponly=True,\n    secure=False,\n)',
      ],
      good: [
        'defaults = {"SESSION_COOKIE_SECURE": False}', 'SESSION_COOKIE_SECURE = True', 'resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")',
        'resp.set_cookie("theme", "dark")', 'response.set_cookie(\n    "access_token",\n    create_token(user),\n    httponly=True,\n    secure=True,\n)',
        'resp.set_cookie("session_id", sid, **COOKIE_OPTIONS)', 'resp.set_cookie("session", sid, secure=settings.COOKIE_SECURE, httponly=True)',
      ],
    },
  },
  {
    id: 'py.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: PYTHON,
    patterns: [
      // A session or auth cookie set without naming Secure or HttpOnly (both default to off in Flask, Django and Starlette).
      String.raw`\bset_cookie\s{0,5}\(\s{0,60}(?:key\s{0,5}=\s{0,5})?["']${AUTH_COOKIE_NAME}["']\s{0,5},${CALL_ARGUMENTS}\)`,
    ],
    // HttpOnly named, or Secure set to False (py.cookie-insecure-flags reports a flag set to False); options passed as
    // a dict; a deletion (empty value, max_age=0, expires=0) or a CSRF cookie.
    unlessMatch: [String.raw`\bhttponly\s{0,5}=|\bsecure\s{0,5}=\s{0,5}False\b`, String.raw`\*\*`, ...NOT_A_SESSION_COOKIE],
    keywords: ['set_cookie'],
    // A set_cookie call lists its options over several lines.
    reach: 'block',
    examples: {
      bad: [
        'resp.set_cookie("session_id", sid)', 'resp.set_cookie("auth_token", token, samesite="None")', 'response.set_cookie(\n    "access_token",\n    create_token(user),\n    max_age=3600,\n)',
        'resp.set_cookie("session", sid, secure=True)',
      ],
      good: [
        'resp.set_cookie("theme", "dark")', 'resp.set_cookie("sidebar_collapsed", "1")', 'resp.set_cookie("considered", "1")', 'resp.set_cookie("csrftoken", token)',
        'resp.set_cookie("session", "", expires=0)', 'resp.set_cookie("auth_token", "", max_age=0)', 'resp.set_cookie("session_id", sid, secure=True, httponly=True)',
        'resp.set_cookie("session", token, secure=False, httponly=False)', 'resp.set_cookie("session_id", sid, **COOKIE_OPTIONS)',
      ],
    },
  },
  {
    id: 'py.ssh-auto-add-host-key',
    title: 'Verify SSH host keys',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bset_missing_host_key_policy\s{0,5}\(\s{0,60}(?:paramiko\.)?(?:AutoAddPolicy|WarningPolicy)\b`],
    keywords: ['set_missing_host_key_policy'],
    scope: 'code',
    lesson: 'tls-verification',
    cwe: ['CWE-295'],
    owasp: 'A02:2021',
    message: 'Accepting unknown SSH host keys means a machine-in-the-middle is trusted on first contact and can read the session and any passwords sent; load known_hosts and keep RejectPolicy.',
    examples: {
      bad: ['client.set_missing_host_key_policy(paramiko.AutoAddPolicy())'],
      good: ['client.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())'],
    },
  },
  {
    id: 'py.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: PYTHON,
    patterns: [
      // name = "value", also annotated (`password: str = "value"`)
      String.raw`(?:(?:\b|_)` + CREDENTIAL_NAME + String.raw`|_(?:pass|PASS))(?:[ \t]{0,10}:[ \t]{0,10}(?:str|bytes|Final|Final\[str\]|Optional\[str\]))?\s{0,60}=\s{0,60}[rbuRBU]?["'](?<secret>[^"'\s]{3,1000})["']`,
      String.raw`[\[{,]\s{0,60}["'](?:[A-Za-z0-9]{1,30}_)?` + CREDENTIAL_NAME + String.raw`["']\s{0,5}(?:\]\s{0,5}=|:)\s{0,60}[rbuRBU]?["'](?<secret>[^"'\s]{3,1000})["']`,
      // Flask's and Django's session signing key, where a phrase is as much a key as random letters are.
      String.raw`(?:\bapp\s{0,5}\.\s{0,5}secret_key|\bSECRET_KEY|\[\s{0,5}["']SECRET_KEY["']\s{0,5}\])\s{0,60}=\s{0,60}[rbuRBU]?["'](?<secret>[^"'\n]{3,200})["']`,
      // server.login("user", "pw"), conn.simple_bind_s(dn, "pw"), requests.get(url, auth=("admin", "pw")).
      String.raw`\.(?:login|simple_bind_s|simple_bind|bind_s)\s{0,5}\(\s{0,60}["'][^"'\n]{1,100}["']\s{0,5},\s{0,60}[rbuRBU]?["'](?<secret>[^"'\s]{3,1000})["']`,
      String.raw`\b(?:auth\s{0,5}=\s{0,5}\(|HTTPBasicAuth\s{0,5}\(|HTTPDigestAuth\s{0,5}\()\s{0,60}["'][^"'\n]{1,100}["']\s{0,5},\s{0,60}[rbuRBU]?["'](?<secret>[^"'\s]{3,1000})["']`,
    ],
    unlessMatch: [
      ...notCredentialValues(['py']),
      String.raw`^%\(?\w{0,60}\)?s$`,
      String.raw`^\{\w{0,60}\}$`,
      // A format template (`'%s:%s' % (user, password)`), not a value.
      String.raw`%(?:\(\w{1,30}\))?[sdr]|\{\d?\}`,
      String.raw`\*{3}`,
    ],
    // A constant or mapping that names the field (`CONF_PASSWORD = "password"`, `{"password": "password"}`) is no credential.
    unless: [
      String.raw`\b[A-Z][A-Z0-9_]{0,40}\s{0,5}=\s{0,60}[rbuRBU]?["'](?:password|secret)["']`,
      String.raw`["'](?:password|secret)["']\s{0,5}:\s{0,60}[rbuRBU]?["'](?:password|secret)["']`,
    ],
    keywords: [...CREDENTIAL_KEYWORDS, '_pass', 'login', 'bind_s', 'simple_bind', 'auth=', 'auth =', 'basicauth', 'digestauth'],
    message: 'A password or key is written into the code, so everyone with the source (and its history) has it and rotating it needs a release; load it from the environment or a secret store.',
    examples: {
      bad: [
        'DB_PASSWORD = "s3cr3t!"',
        "self.configuration.san_password = 'sysadmin'",
        'conn = psycopg2.connect(user="app", password="hunter2")',
        'app.config["SECRET_KEY"] = "dev-key"',
        'app.config["JWT_SECRET_KEY"] = "super-secret"',
        "app.secret_key = 'super secret key'",
        "form['password'] = 'myprecious'",
        "form['password'] = 'secret'",
        'secret = "secret"',
        'password: str = "hunter2"',
        'DB_PASS = "hunter2"',
        'server.login("alerts@example.com", "MailPassw0rd!")',
        'conn.simple_bind_s("cn=admin,dc=example,dc=com", "LdapAdm1nPw")',
        'r = requests.get(url, auth=("admin", "P@ssw0rd123"))',
      ],
      good: [
        'DB_PASSWORD = os.environ["DB_PASSWORD"]',
        'SECRET_KEY = "change me"',
        'server.login(SMTP_USER, SMTP_PASSWORD)',
        'r = requests.get(url, auth=("admin", os.environ["ADMIN_PASSWORD"]))',
        "password = ''",
        'password_col = "authentication_string"',
        'api_key = "your-api-key-here"',
        'label = "Enter your password"',
        'ACCESS_KEY = "AWS_ACCESS_KEY_ID"',
        'CONF_PASSWORD = "password"',
        'FIELDS = {"password": "password", "user": "username"}',
        'compass = "north"',
        "user_pass = '%s:%s' % (user, password)",
        'password: str = ""',
      ],
    },
  },
  {
    id: 'py.default-credential',
    ...DEFAULT_CREDENTIAL_RULE,
    languages: PYTHON,
    patterns: [
      // JWT_SECRET = os.getenv("JWT_SECRET", "changeme"), app.config.get("DB_PASSWORD", "hunter2")
      String.raw`\b(?:get|getenv)\s{0,5}\(\s{0,20}["'][\w.-]{0,40}` + CREDENTIAL_NAME + String.raw`["']\s{0,5},\s{0,20}[rbuRBU]?["'](?<secret>[^"'\n]{1,200})["']\s{0,5}\)`,
      // if password == "admin123":
      String.raw`${PASSWORD_EQUALS}[rbuRBU]?["'](?<secret>[^"'\n]{1,200})["']`,
    ],
    // The shell's working directory, not a password.
    unless: [String.raw`\b(?:get|getenv)\s{0,5}\(\s{0,20}["'](?:OLD)?PWD["']`],
    keywords: CREDENTIAL_KEYWORDS,
    examples: {
      bad: ['JWT_SECRET = os.getenv("JWT_SECRET", "changeme")', 'password = os.environ.get("DB_PASSWORD", "hunter2")', 'if username == "admin" and password == "admin123":'],
      good: [
        'JWT_SECRET = os.environ["JWT_SECRET"]',
        'password = os.environ.get("DB_PASSWORD", "")',
        'DEBUG = os.getenv("DEBUG", "false")',
        'workdir = os.getenv("PWD", "/app")',
        'if show_password == "true":',
        'if password == confirm_password:',
        'if check_password_hash(user.password_hash, password):',
      ],
    },
  },
  {
    id: 'py.response-request-input',
    title: 'Escape request data returned as HTML',
    languages: PYTHON,
    severity: 'error',
    confidence: 'medium',
    // A Flask view's returned string is sent as text/html, so request data in it is reflected XSS.
    patterns: [
      // An HTML string (it holds a tag) with a value put in: f"<h1>{name}</h1>", "<p>" + q, "<p>%s</p>" % q
      String.raw`^[ \t]{0,40}return[ \t]{1,5}${MARKUP_WITH_VALUE}`,
      String.raw`^[ \t]{0,40}return[ \t]{1,5}(?:HttpResponse|make_response)\s{0,5}\([^\n]{0,200}` + REQ,
      // A Tornado handler writing markup with a value put in.
      String.raw`\bself\.(?:write|finish)\s{0,5}\(\s{0,20}${MARKUP_WITH_VALUE}`,
      // FastAPI's HTMLResponse with a value put into its markup.
      String.raw`\bHTMLResponse\s{0,5}\(\s{0,20}(?:content\s{0,5}=\s{0,5})?(?:` + F_PREFIX + String.raw`["'][^"'\n]{0,200}\{[^"'\n]{1,200}["']|[bBuU]?(?:"[^"\n]{0,200}"|'[^'\n]{0,200}')[ \t]{0,5}(?:\+|%)[^\n]{1,200})`,
    ],
    unless: [String.raw`\b(?:escape|html\.escape|markupsafe\.escape|xhtml_escape|bleach\.clean|render_template|jsonify|json\.dumps)\s{0,5}\(`],
    matcher: 'request-input',
    keywords: ['return', 'htmlresponse', 'self.write', 'self.finish'],
    // An HTMLResponse is HTML whatever it holds; a returned string must hold a tag or read the request itself.
    requires: ['<', 'request', 'HTMLResponse'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Request data is returned in a response that browsers render as HTML, so a link carrying a script runs it on your site; use a template, which escapes, or escape() it.',
    examples: {
      bad: [
        'name = request.args.get("name")\nreturn f"<h1>Hello {name}</h1>"',
        "return HttpResponse('<p>' + request.GET['q'] + '</p>')",
        'q = request.args["q"]\nreturn "<p>No results for %s</p>" % q',
        '@app.get("/hello")\ndef hello(q: str = ""):\n    return HTMLResponse(f"<h1>{q}</h1>")',
        '@app.get("/greet")\ndef greet(q: str = ""):\n    return HTMLResponse("Hello " + q)',
        'q = self.get_query_argument("q")\nself.write("<p>%s</p>" % q)',
      ],
      good: [
        'name = request.args.get("name")\nreturn f"<h1>Hello {escape(name)}</h1>"',
        'name = request.args.get("name")\nreturn render_template("hello.html", name=name)',
        'name = current_user.name\nreturn f"<h1>Hello {name}</h1>"',
        'q = self.get_query_argument("q")\nself.write("<p>%s</p>" % xhtml_escape(q))',
        '@app.get("/hello")\ndef hello(q: str = ""):\n    return HTMLResponse(f"<h1>{escape(q)}</h1>")',
        '@app.get("/items/{item_id}")\ndef item(item_id: int):\n    return HTMLResponse(f"<h1>{item_id}</h1>")',
        '@app.get("/greet")\ndef greet(count: int = 1):\n    return HTMLResponse("Hello " + str(count))',
      ],
    },
  },
  {
    id: 'py.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\b(?:RSA|DSA|RSAKey|DSSKey)\.generate\s{0,5}\(\s{0,60}(?:bits\s{0,5}=\s{0,60})?${SHORT_MODULUS_BITS}\b`,
      String.raw`\bgenerate_(?:private_key|parameters)\s{0,5}\([^()\n]{0,80}?\bkey_size\s{0,5}=\s{0,60}${SHORT_MODULUS_BITS}\b`,
      String.raw`\brsa\.newkeys\s{0,5}\(\s{0,60}${SHORT_MODULUS_BITS}\b`,
    ],
    keywords: ['generate', 'newkeys'],
    examples: {
      bad: [
        'key = rsa.generate_private_key(public_exponent=65537, key_size=1024)',
        'key = RSA.generate(1024)',
        'params = dsa.generate_parameters(key_size=1024)',
        '(pub, priv) = rsa.newkeys(512)',
      ],
      good: ['key = rsa.generate_private_key(public_exponent=65537, key_size=2048)', 'key = RSA.generate(3072)', 'key = ec.generate_private_key(ec.SECP384R1())', 'chunk = f.read(1024)'],
    },
  },
  {
    id: 'py.command-from-request',
    title: 'Do not run programs named by the request',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    // The program itself (the first element of the argument list, or the whole list) comes from the request.
    patterns: [
      // (call() and run() count only as subprocess's: rpc.call(name, ...) runs no program.)
      String.raw`(?:\bsubprocess\s{0,5}\.\s{0,5}(?:Popen|call|run|check_call|check_output)|(?:^|[^.\w])(?:Popen|check_call|check_output)|\bcreate_subprocess_exec)\s{0,5}\(\s{0,60}(?:args\s{0,5}=\s{0,5})?\[?\s{0,20}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,\]])`,
    ],
    unless: [String.raw`^[ \t]{0,40}(?:async[ \t]{1,10})?def\s`],
    matcher: 'request-input',
    keywords: ['popen', 'call(', 'run(', 'check_output', 'create_subprocess_exec'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The request names the program to run, so a caller can start any executable on the server with arguments of their choosing; map allowed actions to fixed commands.',
    examples: {
      bad: ['subprocess.run([request.args["prog"], "--version"])', 'tool = request.form["tool"]\nout = subprocess.check_output([tool, "--help"])', 'subprocess.Popen(request.json["argv"])'],
      good: [
        'subprocess.run([TOOLS[request.args["prog"]], "--version"])', 'subprocess.run(["git", "--version"])', 'tool = settings.TOOL\nout = subprocess.check_output([tool, "--help"])',
        '@app.route("/rpc/<name>")\ndef rpc_call(name):\n    return jsonify(rpc.call(name, request.json))',
      ],
    },
  },
  {
    id: 'py.format-string-from-request',
    title: 'Do not use request data as a format string',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`${REQ}(?:\s{0,5}\[[^\]\n]{1,60}\]|\s{0,5}\.\s{0,5}get\s{0,5}\([^()\n]{1,100}\))\s{0,5}\.\s{0,5}format(?:_map)?\s{0,5}\(`],
    keywords: ['.format'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-134', 'CWE-1336'],
    owasp: 'A03:2021',
    message: 'A format string from the request can read attributes of the values passed to it ({user.__class__.__init__.__globals__}), exposing secrets such as SECRET_KEY; keep the format string fixed and pass the input as a value.',
    examples: {
      bad: ['msg = request.args["template"].format(user=current_user)', 'text = request.form.get("greeting").format(**context)'],
      good: ['msg = "Hello {user}".format(user=request.args["name"])', 'msg = TEMPLATES[request.args["template"]].format(user=current_user)'],
    },
  },
  {
    id: 'py.traceback-in-response',
    ...EXCEPTION_TEXT_RESPONSE_RULE,
    languages: PYTHON,
    patterns: [
      // return traceback.format_exc(), 500 and a response built with the trace in it.
      String.raw`^[ \t]{0,40}return[ \t]{1,5}(?:str\s{0,5}\(\s{0,5})?traceback\s{0,5}\.\s{0,5}format_exc\s{0,5}\(\s{0,5}\)\s{0,5}\)?\s{0,5},\s{0,5}[45]\d\d\b`,
      String.raw`\b(?:jsonify|JSONResponse|JsonResponse|HttpResponse|HttpResponseServerError|HTMLResponse|PlainTextResponse|Response|make_response|web\.json_response|web\.Response)\s{0,5}\((?:[^()\n]{0,150}\([^()\n]{0,100}\)){0,3}[^()\n]{0,150}\btraceback\s{0,5}\.\s{0,5}(?:format_exc|format_exception|format_tb|format_stack)\s{0,5}\(`,
    ],
    keywords: ['traceback'],
    message: 'A stack trace in the response shows callers file paths, code, library versions and sometimes data or secrets, which helps them aim an attack; log the trace and return a generic error.',
    examples: {
      bad: [
        'return traceback.format_exc(), 500',
        'except Exception as e:\n    return jsonify({"error": str(e), "trace": traceback.format_exc()}), 500',
        'return JSONResponse(status_code=500, content={"detail": traceback.format_exc()})',
      ],
      good: [
        'logger.error(traceback.format_exc())\nreturn jsonify({"error": "internal error"}), 500',
        'return traceback.format_exc()',
        'return JSONResponse(status_code=500, content={"detail": "internal error"})',
      ],
    },
  },
  {
    id: 'py.keras-unsafe-load',
    title: 'Keep Keras safe mode on when loading models',
    languages: PYTHON,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bload_model\s{0,5}\([^\n]{0,300}\bsafe_mode\s{0,5}=\s{0,5}False\b`, String.raw`\benable_unsafe_deserialization\s{0,5}\(\s{0,5}\)`],
    keywords: ['safe_mode', 'enable_unsafe_deserialization'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'With safe mode off Keras rebuilds Lambda layers from the bytecode stored in the model file, so loading a model from anyone else runs their code; keep safe_mode=True and avoid Lambda layers.',
    examples: {
      bad: ['model = keras.models.load_model(path, safe_mode=False)', 'keras.config.enable_unsafe_deserialization()'],
      good: ['model = keras.models.load_model(path)', 'model = keras.models.load_model(path, safe_mode=True)'],
    },
  },
  {
    id: 'py.cleartext-protocol',
    title: 'Do not use Telnet or plain FTP',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:telnetlib\s{0,5}\.\s{0,5}Telnet|ftplib\s{0,5}\.\s{0,5}FTP)\s{0,5}\(`],
    // A local address never crosses a network.
    unless: [String.raw`\(\s{0,5}["'](?:localhost|127\.0\.0\.1|::1)["']`],
    keywords: ['telnetlib', 'ftplib'],
    scope: 'code',
    lesson: 'insecure-transport',
    cwe: ['CWE-319'],
    owasp: 'A02:2021',
    message: 'Telnet and FTP send the login and everything after it in plain text, so anyone on the network path can read or change it; use SSH (paramiko) or FTP over TLS (ftplib.FTP_TLS).',
    examples: {
      bad: ['tn = telnetlib.Telnet(host)', 'ftp = ftplib.FTP("ftp.acme-corp.io", "deploy", password)'],
      good: ['ftp = ftplib.FTP_TLS("ftp.acme-corp.io", "deploy", password)', 'tn = telnetlib.Telnet("localhost", 2323)'],
    },
  },
  {
    id: 'py.fixed-temp-path',
    ...FIXED_TEMP_PATH_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\bopen\s{0,5}\(\s{0,20}[rbuRBU]{0,2}["']/tmp/[\w.-][^"'\n]{0,200}["']\s{0,5},\s{0,20}(?:mode\s{0,5}=\s{0,5})?[rbuRBU]{0,2}["'][rbt+]{0,2}[wax]`,
      String.raw`\bos\s{0,5}\.\s{0,5}path\s{0,5}\.\s{0,5}join\s{0,5}\(\s{0,20}tempfile\s{0,5}\.\s{0,5}gettempdir\s{0,5}\(\s{0,5}\)\s{0,5},\s{0,20}["'][\w-][\w.-]{0,100}\.\w{1,10}["']\s{0,5}\)`,
    ],
    keywords: ['/tmp/', 'gettempdir'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use tempfile.mkstemp() or NamedTemporaryFile().',
    examples: {
      bad: ['with open("/tmp/app_cache.txt", "w") as f:', 'path = os.path.join(tempfile.gettempdir(), "report.pdf")'],
      good: [
        'with tempfile.NamedTemporaryFile("w", delete=False) as f:', 'with open("/tmp/app_cache.txt") as f:', 'path = os.path.join(tempfile.mkdtemp(), "report.pdf")',
        'cache_dir = os.path.join(tempfile.gettempdir(), ".hypothesis")',
      ],
    },
  },
  {
    id: 'py.command-args-from-request',
    ...ARGUMENT_INJECTION_RULE,
    languages: PYTHON,
    // A program some of whose options run commands or write files, given a request value as an argument: a value
    // starting with - becomes an option (git's --upload-pack=<command>, ssh's -oProxyCommand=). "--" ends the options.
    patterns: [
      String.raw`(?:\bsubprocess\s{0,5}\.\s{0,5}(?:Popen|call|run|check_call|check_output)|(?:^|[^.\w])(?:Popen|check_call|check_output)|\bcreate_subprocess_exec)\s{0,5}\(\s{0,60}(?:args\s{0,5}=\s{0,5})?\[\s{0,20}["']` + ARGUMENT_OPTION_PROGRAM + String.raw`["']\s{0,5},(?:\s{0,20}["'][^"'\n]{0,100}["']\s{0,5},){0,10}\s{0,20}(?:` + REQ + String.raw`|[A-Za-z_]\w{0,60}\s{0,5}[,\]])`,
    ],
    unless: [String.raw`^[ \t]{0,40}(?:async[ \t]{1,10})?def\s`],
    keywords: ['popen', 'call(', 'run(', 'check_output', 'create_subprocess_exec'],
    examples: {
      bad: ['subprocess.run(["git", "clone", request.form["repo"]])', 'host = request.args.get("host")\nout = subprocess.check_output(["ssh", host, "uptime"])'],
      good: [
        'subprocess.run(["git", "clone", "--", request.form["repo"]])', 'subprocess.run(["git", "clone", repo_url])', 'host = settings.SSH_HOST\nout = subprocess.check_output(["ssh", host, "uptime"])',
        'out = subprocess.check_output(["ping", "-c", "1", request.args["host"]])',
      ],
    },
  },
  {
    id: 'py.plaintext-password-lookup',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: PYTHON,
    patterns: [
      // An ORM lookup (Model.objects.get, Model.query.filter_by, peewee's Model.get) with the typed password as a
      // column value, the arguments kept to the one call.
      String.raw`(?:\b(?:objects|query)\s{0,5}\.\s{0,5}(?:filter_by|filter|get|get_or_none|exclude)|\bquery\s{0,5}\([^()\n]{0,60}\)\s{0,5}\.\s{0,5}(?:filter_by|filter)|\b[A-Z]\w{0,60}\.(?:get|get_or_none|select))\s{0,5}\(` + ONE_CALL_ARGUMENTS + String.raw`\bpassword\s{0,5}=\s{0,5}(?:` + REQ + String.raw`|[a-z_]{0,30}password\b\s{0,5}[,)])`,
    ],
    // A hash or digest of the password is what a lookup may compare.
    unlessMatch: [String.raw`\bpassword\s{0,5}=\s{0,5}\w{0,30}(?:hash|digest|encrypted)`],
    keywords: ['password'],
    message: 'Looking a user up by the password they typed means passwords are stored as they are, so anyone who reads the table (a backup, a SQL injection) has every password; store a slow salted hash and check it with check_password_hash or Django\'s authenticate().',
    examples: {
      bad: [
        'user = User.query.filter_by(username=username, password=password).first()', 'user = User.objects.get(username=request.POST["username"], password=request.POST["password"])',
        'user = db.session.query(User).filter_by(username=username, password=password).first()', 'user = User.objects.get(email=email.lower(), password=password)',
        "user = User.objects.get(username=request.POST.get('username'), password=request.POST.get('password'))",
      ],
      good: [
        'user = User.query.filter_by(username=username).first()\nif user and check_password_hash(user.password, password):',
        'user = authenticate(request, username=username, password=password)',
        'user = User.query.filter_by(username=username, password_hash=digest).first()',
        'r = requests.get(url, auth=HTTPBasicAuth(username=user, password=password))',
        'user = User.query.filter_by(email=email, password=hashed_password).first()',
        'conn = pool.get(host=host, password=password)',
      ],
    },
  },
  {
    id: 'py.fetch-plain-http',
    ...FETCH_PLAIN_HTTP_RULE,
    languages: PYTHON,
    patterns: [
      // (An httpx or test client too: a literal URL rules out other clients' get(key).)
      String.raw`(?:${FETCH_CALL_OPENING}|\bclient${FETCH_METHOD}\s{0,5}\(\s{0,60})(?:["'](?:GET|POST|PUT|PATCH|DELETE|HEAD)["']\s{0,5},\s{0,20})?(?:url\s{0,5}=\s{0,5})?[rbuRBU]?["']http://[^\s'"/]{1,100}`,
    ],
    examples: {
      bad: ['r = requests.post("http://api.acme-shop.io/login", data={"password": pw})', 'resp = urlopen("http://feeds.acme.io/latest.json")'],
      good: [
        'r = requests.post("https://api.acme-shop.io/login", data={"password": pw})', 'r = requests.get("http://localhost:8000/health")', 'r = requests.get("http://api.example.com/items")',
        'r = session.get("http://minio:9000/bucket/key")', 'r = requests.get("http://user-service:8080/users")', 'r = client.get("http://testserver/items")',
        'r = requests.get(f"http://{host}/status")',
      ],
    },
  },
  {
    id: 'py.insecure-request-warning-silenced',
    title: 'Do not silence InsecureRequestWarning',
    languages: PYTHON,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\burllib3\s{0,5}\.\s{0,5}disable_warnings\s{0,5}\(\s{0,20}(?:\)|(?:[\w.]{0,60}\.)?InsecureRequestWarning\b)`,
      String.raw`\bwarnings\s{0,5}\.\s{0,5}(?:simplefilter|filterwarnings)\s{0,5}\(\s{0,20}["']ignore["']\s{0,5},\s{0,20}(?:category\s{0,5}=\s{0,5})?(?:[\w.]{0,60}\.)?InsecureRequestWarning\b`,
    ],
    keywords: ['disable_warnings', 'insecurerequestwarning'],
    scope: 'code',
    lesson: 'tls-verification',
    cwe: ['CWE-295'],
    owasp: 'A07:2021',
    message: 'urllib3 warns about HTTPS requests made without certificate checks; silencing that warning hides them, and they let anyone on the network path impersonate the server; turn verification back on instead.',
    examples: {
      bad: ['urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)', 'requests.packages.urllib3.disable_warnings()', 'warnings.simplefilter("ignore", InsecureRequestWarning)'],
      good: ['urllib3.disable_warnings(urllib3.exceptions.SubjectAltNameWarning)', 'warnings.simplefilter("ignore", DeprecationWarning)', 'r = requests.get(url, verify=CA_BUNDLE)'],
    },
  },
  {
    id: 'py.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: PYTHON,
    patterns: [
      String.raw`\b(?:os\s{0,5}\.\s{0,5}(?:system|popen)|subprocess\s{0,5}\.\s{0,5}(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput))\s{0,5}\(\s{0,5}(?:\[\s{0,5}${QUOTED_ARGUMENTS_BEFORE})?[rRbBfF]{0,2}${DOWNLOAD_PIPED_TO_SHELL}`,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: [
        'os.system("curl -fsSL https://get.example.com/install.sh | sh")',
        'subprocess.run(["bash", "-c", f"curl -fsSL {INSTALLER_URL} | bash"], check=True)',
        'os.system("curl -fsSL https://get.example.com/install.fish | fish")',
      ],
      good: [
        'print("Install with: curl -fsSL https://get.example.com/install.sh | sh")',
        'subprocess.run(["curl", "-fsSLo", "install.sh", INSTALLER_URL], check=True)',
      ],
    },
  },
];
