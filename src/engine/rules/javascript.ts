// JavaScript and TypeScript (Node and browser, JSX/TSX).
import type { RuleSpec } from '../types';
import { JS } from '../languages';
import { JS_HEADER_READ, JS_REQUEST_SOURCE } from '../request-input';
import { HARDCODED_CREDENTIAL_RULE, MESSAGE_CODE, TRANSLATED_PASSWORD_LABEL } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { AUTH_COOKIE_NAME, CORS_REFLECTED_ORIGIN_RULE, CREDENTIALED_ANY_ORIGIN_RULE, CSRF_PROTECTION_DISABLED_RULE, DEFAULT_CREDENTIAL_RULE, DELETED_COOKIE, DOWNLOAD_PIPED_TO_SHELL, ENUM_VALUE, FETCH_PLAIN_HTTP_RULE, FIELD_EQUALITY, FIXED_SALT_RULE, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, JS_BUILT_STRING, JS_COMPUTED_MAC, JS_COMPUTED_MAC_CALL, JS_SECRET_INPUT, JS_SECRET_SETTING, JWT_EXPIRY_UNCHECKED_RULE, JWT_NONE_ALGORITHM_RULE, JWT_SIGNATURE_UNCHECKED_RULE, KNOWN_VALUE_CONSTANT, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, MASS_ASSIGNMENT_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, ONE_ARGUMENT, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_EQUALS, PASSWORD_FAST_HASH_RULE, PASSWORD_FIELD, PASSWORD_PARAMETER, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, QUOTED_ARGUMENTS_BEFORE, REGEX_FROM_REQUEST_RULE, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SHELL_COMMAND_FLAG, SHELL_COMMAND_STRING_RULE, SHELL_PROGRAM, SQL_BUILT_INTO_QUERY_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, XPATH_BUILT_RULE, ZIP_SLIP_RULE } from './shared-families';

/** Query builders' raw-SQL escape hatches: knex's raw and whereRaw family, Sequelize.literal. */
const RAW_SQL_BUILDER_CALL = String.raw`(?:\.(?:raw|whereRaw|orWhereRaw|havingRaw|orderByRaw|groupByRaw|joinRaw)|\b[Ss]equelize\s{0,60}\.\s{0,5}literal)`;

/** The end of a storage key that holds a session's credential: token, jwt, session id. */
const SESSION_TOKEN_NAME = String.raw`(?:[Tt]oken|TOKEN|[Jj]wt|JWT|[Ss]ession_?[Ii]d|SESSION_?ID)`;
/** Every read of request data (`req.query`, `ctx.request.body`...) contains one of these: rarer than `req` itself. */
const REQUEST_DATA_KEYWORDS = ['.query', '.body', '.params', '.headers', '.cookies'];

// A value straight from an HTTP request (Express, Koa, Fastify, Next API routes).
// A variable, which the `request-input` matcher keeps only when it holds request data.
const VARIABLE = String.raw`[A-Za-z_$][\w$]{0,60}`;
const REQ = JS_REQUEST_SOURCE;
// child_process's and execa's calls that start a program, which a shell: true option hands to a shell instead.
const SPAWN_CALL = '(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync|execaCommand|execaCommandSync)';
// Only the parts of a request that can carry an object rather than a string.
const REQ_OBJECT = String.raw`\b(?:req|request|ctx(?:\.request)?)\.(?:query|body)\b`;
// Every run is bounded (blanks between tokens to 5, or 60 where a line may break; a literal's text to 300 or
// 1,000 characters; a multi-line span to 1,000), so that recheck's exact checker can prove each pattern linear.
// Any character but `chars`, newlines included. The explicit \n tells the scanner the pattern may span lines.
const across = (chars: string) => String.raw`(?:[^${chars}\n]|\n)`;
// A string literal followed by `+`, and a template literal with a `${` substitution.
// A quoted literal, escaped quotes included ('name = \''), then a +.
const SQ_CONCAT = String.raw`'(?:[^'\\\n]|\\.){0,1000}'\s{0,60}\+`;
const DQ_CONCAT = String.raw`"(?:[^"\\\n]|\\.){0,1000}"\s{0,60}\+`;
const TEMPLATE = String.raw`\x60${across('\\x60')}{0,1000}\$\{`;
// A pattern for `prefix` followed by a string built at run time: one pattern, so the window is searched for the
// prefix once rather than once per kind of string.
const joinedArg = (prefix: string) => [`${prefix}(?:${SQ_CONCAT}|${DQ_CONCAT}|${TEMPLATE})`];
// ... or followed by any argument that is not a plain literal (an identifier or call, or a built string).
const dynamicArg = (prefix: string) => [`${prefix}(?:[A-Za-z_$]|${SQ_CONCAT}|${DQ_CONCAT}|${TEMPLATE})`];
// A value read from the page's or a request's URL query: params.get('next'), new URLSearchParams(location.search).get('x').
const URL_PARAMETER_READ = String.raw`(?:new\s{1,5}URLSearchParams\s{0,5}\([^()\n]{0,80}\)|\b(?:params|searchParams|urlParams|queryParams|query|qs|search|sp|url\s{0,60}\.\s{0,5}searchParams))\s{0,60}\.\s{0,5}get\s{0,5}\(`;
// A comparison in an SQL condition, before the value it compares with.
const SQL_COMPARISON = String.raw`(?:[=<>]|\b(?:like|LIKE|ilike|ILIKE|in|IN)\b)`;
// The start of an SQL statement. Lower-case SQL must read as a whole statement (`select * from users`, `update t set`)
// so that prose such as "select a file from the list" does not match.
const SQL_UPPER = String.raw`(?:SELECT|INSERT\s{1,20}INTO|UPDATE\s{1,20}[\w."\[\]]{1,100}\s{1,20}SET|DELETE\s{1,20}FROM)`;
const SQL_LOWER = String.raw`(?:select\s{1,20}[\w*,.]{1,200}\s{1,20}from\s{1,20}[\w."\[\]]{1,100}|insert\s{1,20}into\s{1,20}[\w."\[\]]{1,100}\s{0,60}(?:\(|values)|update\s{1,20}[\w."\[\]]{1,100}\s{1,20}set|delete\s{1,20}from\s{1,20}[\w."\[\]]{1,100}\s{1,20}where)`;
// A variable, property or function name that ends in a word for something an attacker must not guess
// (optionally followed by a word for its representation: resetTokenValue, uuidChar).
const SECRET_NAME = String.raw`\b\w{0,60}(?:token|secret|passw(?:or)?d|nonce|salt|otp|csrf|xsrf|session_?id|uuid|guid|api_?key|secret_?key|private_?key|access_?key|auth_?key|reset_?code|verification_?code|invite_?code)(?:_?(?:value|str|string|chars?|bytes|hex|part))?`;
// The last argument of postMessage: the target origin '*'.
const STAR_ORIGIN = String.raw`,\s{0,60}['"]\*['"](?:\s{0,60},)?\s{0,60}\)`;
// The start of a Node file-system or Express file-sending call, up to its first argument.
const FILE_CALL = String.raw`\b(?:(?:readFile|writeFile|appendFile|unlink|readdir|rm|open)(?:Sync)?|create(?:Read|Write)Stream|sendFile|download|outputFile|remove)\s{0,5}\(\s{0,60}`;
// A Markdown renderer's call: marked(), marked.parse(), markdown-it's md.render(), showdown's converter.makeHtml().
const MARKDOWN_RENDER = String.raw`\b(?:marked(?:\s{0,5}\.\s{0,5}parse)?|(?:md|markdown|markdownIt|mdIt|converter)\s{0,5}\.\s{0,5}(?:render|makeHtml))`;
// An Express response body being sent, up to its argument.
const RESPONSE_SEND = String.raw`\b(?:res|response)\.(?:status\(\s{0,5}\d{3}\s{0,5}\)\.|type\(\s{0,5}['"](?:html|text/html)['"]\s{0,5}\)\.)?(?:send|write|end)\s{0,5}\(`;
// A query parameter read from a Node request's own URL: new URL(req.url, base).searchParams.get('q').
const REQUEST_URL_PARAMETER = String.raw`\bnew\s{1,5}URL\s{0,5}\(\s{0,5}(?:req|request)\s{0,5}\.\s{0,5}url\b[^()\n]{0,60}\)\s{0,5}\.\s{0,5}searchParams\s{0,5}\.\s{0,5}get\s{0,5}\(`;
// Markup written as a literal, then a value joined onto it: `<p>${x}` or '<p>' + x (what is joined follows).
const MARKUP_THEN_VALUE = String.raw`(?:\x60\s{0,5}<[A-Za-z!][^\x60\n]{0,300}?\$\{\s{0,5}|'\s{0,5}<[A-Za-z!][^'\n]{0,300}'\s{0,5}\+\s{0,5}|"\s{0,5}<[A-Za-z!][^"\n]{0,300}"\s{0,5}\+\s{0,5})`;
// A MongoDB / Mongoose query call, up to its filter argument.
const MONGO_CALL = String.raw`\.(?:find(?:One(?:And(?:Update|Delete|Remove))?)?|(?:update|delete)(?:One|Many)|countDocuments|exists)\s{0,5}\(\s{0,60}`;
// An Express/Fastify/Koa response call, up to its body argument.
const RESPOND = String.raw`\b(?:res|response|reply|ctx)\s{0,60}(?:\.\s{0,5}status\s{0,5}\(\s{0,60}\d{1,3}\s{0,60}\)\s{0,60})?\.\s{0,5}(?:send|json|end|write)\s{0,5}\(\s{0,60}`;
// The last name of a value that holds a secret to compare: a password, token, API key, hash, signature or HMAC
// (`token`, `expectedSignature`, `user.passwordHash`, `API_TOKEN`), as opposed to a token's parts (`token.type`).
const SECRET_LEAF = String.raw`(?:[a-z_$][\w$]{0,40}(?:Password|Passwd|Secret|Token|Signature|Hmac|HMAC|ApiKey|APIKey)|(?:password|passwd|pass|pwd|pw|token|secret)Hash|[\w$]{0,40}_(?:password|passwd|secret|token|signature|hmac|api_?key)|[A-Z][A-Z0-9_]{0,40}_?(?:PASSWORD|SECRET|TOKEN|SIGNATURE|HMAC|API_KEY)|password|passwd|pass|secret|token|hash|signature|digest|hmac|api_?[kK]ey)`;
const SECRET_OPERAND = String.raw`(?:[A-Za-z_$][\w$]{0,40}\s{0,4}\??\.\s{0,4}){0,6}${SECRET_LEAF}`;
// The other operand: a name, property chain or call (not a literal or arithmetic).
const PLAIN_OPERAND = String.raw`[A-Za-z_$][\w$]{0,40}(?:\s{0,4}\??\.\s{0,4}[A-Za-z_$][\w$]{0,40}){0,6}(?:\[[^\[\]\n]{1,60}\]|\([^()\n]{0,80}\))?`;
// After an operand: the end of the comparison, so `token.type === x` or `a === token - 1` do not count.
const OPERAND_END = String.raw`\s{0,4}(?:[)&|;,?:}]|$)`;
// A password as submitted (req.body.password, a bare password or pass, not this.password) and as stored
// (user.password, rows[0].password): compared with each other, the stored one is plain text.
const SUBMITTED_PASSWORD = String.raw`(?:\b(?:req|request)\s{0,5}\.\s{0,5}body\s{0,5}\.\s{0,5}|(?:^|[^.\w$]))${PASSWORD_PARAMETER}\b`;
const STORED_PASSWORD = String.raw`\b[A-Za-z_$][\w$]{0,40}(?:\[\s{0,5}\d{1,3}\s{0,5}\])?\s{0,5}\??\.\s{0,5}${PASSWORD_PARAMETER}\b`;
const PLAINTEXT_PASSWORD_COMPARED = String.raw`${SUBMITTED_PASSWORD}\s{0,4}[!=]==?\s{0,4}${STORED_PASSWORD}|${STORED_PASSWORD}\s{0,4}[!=]==?\s{0,4}${SUBMITTED_PASSWORD}`;
// A password and its confirmation (password === confirmPassword) are both what the user typed.
// A second entry of the password (confirmPassword, password2, a form's bare `confirm` field): the user's own two inputs.
const PASSWORD_CONFIRMATION = String.raw`(?:[Cc]onfirm|[Rr]epeat|[Rr]etype)\w{0,20}[Pp]ass|[Pp]ass(?:word)?_?(?:[Cc]onfirm(?:ation)?|[Aa]gain|[Rr]epeat|2)\b|\b(?:confirm(?:ation)?|repeat(?:ed)?|retyped?)\s{0,4}(?:[)&|;,?:}]|$)`;
const SANITIZED = String.raw`(?:DOMPurify|[Ss]anitize|[Ee]scape(?:Html|HTML)?\s{0,5}\(|\bxss\s{0,5}\(|\bpurify)`;

// Calls that take a key, up to the key argument: createCipheriv(alg, KEY, iv), createHmac('sha256', KEY),
// crypto-js's CryptoJS.AES.encrypt(data, KEY).
// With the shortest literal worth reporting there: a cipher key has 16 bytes or more, an HMAC key or a passphrase is
// often a short word ('secret').
const KEY_CALLS: [call: string, minLength: number][] = [
  [String.raw`\bcreate(?:Cipher|Decipher)iv\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,59},\s{0,20}`, 8],
  [String.raw`\bcreateHmac\s{0,5}\(\s{0,20}['"][\w-]{2,20}['"]\s{0,5},\s{0,20}`, 3],
  [String.raw`\bCryptoJS\s{0,5}\.\s{0,5}(?:AES|DES|TripleDES|Rabbit|RC4|RC4Drop)\s{0,5}\.\s{0,5}(?:encrypt|decrypt)\s{0,5}\(\s{0,20}${ONE_ARGUMENT},\s{0,20}`, 3],
];
const KEY_CALL_KEYWORDS = ['createcipheriv', 'createdecipheriv', 'createhmac', 'cryptojs'];
/** What follows a decoded token when its claims decide a request: they become the request's user, or next() lets it on. */
const JWT_CLAIMS_TRUSTED = String.raw`[\s\S]{0,300}?(?:\b(?:req(?:uest)?|res\s{0,5}\.\s{0,5}locals|ctx\s{0,5}\.\s{0,5}state)\s{0,5}\.\s{0,5}user\s{0,5}=[^=]|\bnext\s{0,5}\(\s{0,5}\))`;

// jsonwebtoken's sign and verify take the signing secret second: jwt.sign(payload, KEY), the payload perhaps wrapped.
const JWT_KEY_CALL = String.raw`\b(?:jwt|jsonwebtoken)\s{0,5}\.\s{0,5}(?:sign|verify)\s{0,5}\(\s{0,20}(?:\{[^{}]{0,300}\}|[\w$.]{1,100})\s{0,5},\s{0,20}`;
// A key given as bytes: Buffer.from('...', 'hex').
const AS_BYTES = String.raw`(?:Buffer\s{0,5}\.\s{0,5}from\s{0,5}\(\s{0,5})?`;

export const JAVASCRIPT_RULES: RuleSpec[] = [
  {
    id: 'js.eval-call',
    title: 'Avoid eval() on dynamic input',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\beval\s{0,5}\(\s{0,60}[^)'"\x60\s]`,
      ...joinedArg(String.raw`\beval\s{0,5}\(\s{0,60}`),
      // Indirect eval, which runs in the global scope: (0, eval)(src), globalThis.eval(src), const run = eval.
      String.raw`\(\s{0,5}0\s{0,5},\s{0,5}(?:(?:globalThis|window|global|self)\s{0,5}\.\s{0,5})?eval\s{0,5}\)\s{0,5}\(\s{0,60}[^)'"\x60\s]`,
      String.raw`\b(?:const|let|var)\s{1,5}[A-Za-z_$][\w$]{0,40}\s{0,5}=\s{0,5}(?:(?:globalThis|window|global|self)\s{0,5}\.\s{0,5})?eval\s{0,5}[;,\n]`,
      // A literal that a method turns into other code: eval('x'.repeat(n)).
      String.raw`\beval\s{0,5}\(\s{0,60}(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")\s{0,60}\.\s{0,5}[A-Za-z_$]`,
      // An event-handler attribute is compiled as code: el.setAttribute('onclick', handler).
      String.raw`\.setAttribute\s{0,5}\(\s{0,60}['"]on[a-z]{2,30}['"]\s{0,5},\s{0,60}(?:[A-Za-z_$]|${SQ_CONCAT}|${DQ_CONCAT}|${TEMPLATE})`,
    ],
    unless: [String.raw`\b(?:redis|client|cluster|pipeline|multi|conn|connection|cache)\s{0,60}\.\s{0,5}eval\s{0,5}\(`],
    keywords: ['eval', 'setattribute'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'eval() (like an on* attribute) runs its string as code, so anyone who controls that value can run code in your process or page.',
    examples: {
      bad: [
        'const result = eval(userInput);',
        'const fn = (0, eval)(source);', 'const geval = eval;',
        "var data = eval('(' + xhr.responseText + ')');",
        'const value = eval(`obj.${path}`);',
        "const big = eval('9'.repeat(digits) + 'n');",
        "el.setAttribute('onclick', userHandler);",
        "const page = `<ul>${items.map((item) => `<li>${item.title}</li>`).join('')}</ul><p>${eval(req.query.expr)}</p>`;",
      ],
      good: [
        'const evaluated = evaluate(expression);', "const ok = (0, evaluate)(src);",
        'const result = JSON.parse(userInput);',
        "const help = `Usage: ${commands.map((c) => `run ${c.name}, or eval(${c.name}) in the REPL`).join('\\n')}`;",
        '// never call eval(userInput) here',
        'eval("1 + 1");',
        'await redis.eval(script, 1, key);',
        "el.setAttribute('onclick', 'toggle()');",
        "el.setAttribute('title', userTitle);",
      ],
    },
  },
  {
    id: 'js.function-constructor',
    title: 'Avoid new Function() on dynamic code',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:new\s{1,5})?Function\s{0,5}\(\s{0,60}[A-Za-z_$]`,
      String.raw`\b(?:new\s{1,5})?Function\s{0,5}\([^()\n]{0,200},\s{0,60}[A-Za-z_$][\w$.]{0,100}\s{0,5}[()\[+]`,
      // The run excludes F so that it can never contain the next `Function(`, which keeps the scan linear.
      String.raw`\b(?:new\s{1,5})?Function\s{0,5}\([^;\nF]{0,200}(?:['"]\s{0,60}\+|\+\s{0,60}['"])`,
      String.raw`\b(?:new\s{1,5})?Function\s{0,5}\([^()\n]{0,200}(?:['"]\s{0,60}\+|\+\s{0,60}['"])`,
      String.raw`\b(?:new\s{1,5})?Function\s{0,5}\([^()\n\x60]{0,300}${TEMPLATE}`,
    ],
    keywords: ['Function'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'The Function constructor compiles a string into code like eval() does, so input in that string runs as code.',
    examples: {
      bad: [
        'const fn = new Function("return " + expression);',
        "const cmp = new Function('a', 'b', body.join(';'));",
        'const f = Function(`return ${expr}`);',
        'const handler = new Function(code);',
      ],
      good: [
        "const getGlobal = new Function('return this');",
        "const add = new Function('a', 'b', 'return a + b');",
        "if (typeof cb === 'function') cb(x);",
        'const fn = (a) => a + 1;',
      ],
    },
  },
  {
    id: 'js.settimeout-string',
    title: 'Pass a function, not a string, to setTimeout/setInterval',
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bset(?:Timeout|Interval|Immediate)\s*\(\s*(?:['"\x60]|[A-Za-z_$][\w$.]*\s*\+\s*['"])`],
    keywords: ['settimeout', 'setinterval', 'setimmediate'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'A string passed to setTimeout or setInterval is compiled like eval(), so any input in it runs as code.',
    examples: {
      bad: ['setTimeout("refresh(" + id + ")", 1000);', "setInterval('poll()', 5000);"],
      good: ['setTimeout(() => refresh(id), 1000);', 'setInterval(poll, 5000);', '// setTimeout("x()", 1)'],
    },
  },
  {
    id: 'js.vm-run-code',
    title: 'Do not run dynamic code with the vm module',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      ...dynamicArg(String.raw`\bvm\s{0,60}\.\s{0,5}(?:runInNewContext|runInThisContext|runInContext|compileFunction)\s{0,5}\(\s{0,60}`),
      ...dynamicArg(String.raw`\bnew\s{1,5}vm\s{0,60}\.\s{0,5}Script\s{0,5}\(\s{0,60}`),
      // vm2, abandoned after sandbox escapes: new VM({ timeout }).run(code)
      ...dynamicArg(String.raw`\bnew\s{1,5}(?:VM|NodeVM)\s{0,5}\([^()\n]{0,200}\)\s{0,60}\.\s{0,5}run\s{0,5}\(\s{0,60}`),
      // A sandbox kept in a variable, given request data: const vm = new NodeVM(); vm.run(req.body.code)
      String.raw`\b(?:vm2?|nodeVm|nodeVM|sandbox)\s{0,5}\.\s{0,5}run\s{0,5}\(\s{0,20}${REQ}`,
    ],
    keywords: ['vm', 'sandbox'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'Node\'s vm module (and vm2, abandoned after sandbox escapes) is not a security sandbox, so code built from input that it runs can escape and take over the process.',
    examples: {
      bad: [
        'const out = vm.runInNewContext(req.body.code, sandbox);', 'const script = new vm.Script(source);', 'const result = new VM({ timeout: 1000 }).run(req.body.code);',
        'const vm2 = new NodeVM();\nvm2.run(req.body.code);',
      ],
      good: [
        "const out = vm.runInNewContext('1 + 1', {});", 'const script = new vm.Script(`x + 1`);', '// vm.runInNewContext(code)',
        'const vm2 = new NodeVM();\nvm2.run(PLUGIN_SOURCE);',
      ],
    },
  },
  {
    id: 'js.page-script-dynamic',
    title: 'Do not run dynamic code in a browser page or an Electron window',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // Puppeteer and Playwright run a string argument as the page's own script.
      String.raw`\b\w{0,30}[Pp]age\s{0,5}\.\s{0,5}(?:evaluate|evaluateHandle|addScriptTag)\s{0,5}\(\s{0,20}(?:\{\s{0,5}content\s{0,5}:\s{0,5})?${REQ}`,
      ...dynamicArg(String.raw`\.\s{0,5}executeJavaScript\s{0,5}\(\s{0,20}`),
    ],
    keywords: ['evaluate', 'addscripttag', 'executejavascript'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'This runs a string as script inside a browser page or an Electron window, with its cookies and (in Electron) often Node itself, so whoever shapes the string runs code there; pass a fixed function and hand the data over as its arguments.',
    examples: {
      bad: [
        'const result = await page.evaluate(req.body.script);',
        'win.webContents.executeJavaScript(code);',
        "mainWindow.webContents.executeJavaScript(`setTheme('${theme}')`);",
      ],
      good: [
        'const title = await page.evaluate(() => document.title);',
        'const text = await page.evaluate((sel) => document.querySelector(sel).textContent, req.query.selector);',
        "win.webContents.executeJavaScript('window.scrollTo(0, 0)');",
      ],
    },
  },
  {
    id: 'js.markdown-from-request',
    title: 'Sanitize HTML rendered from request Markdown',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`${MARKDOWN_RENDER}\s{0,5}\(\s{0,20}${REQ}`],
    unless: [SANITIZED],
    keywords: ['marked', '.render', '.makehtml'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: "Markdown renderers pass raw HTML and javascript: links through, so a script in the user's Markdown runs in your page; sanitize the HTML they produce (DOMPurify, sanitize-html) before sending or inserting it.",
    examples: {
      bad: ['res.send(marked.parse(req.body.markdown));', 'const html = md.render(req.query.text);'],
      good: ['res.send(DOMPurify.sanitize(marked.parse(req.body.markdown)));', 'const html = md.render(readme);'],
    },
  },
  {
    id: 'js.require-from-request',
    title: 'Do not load or fork a module named by the request',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    // child_process.fork() runs a module file in a new Node process.
    patterns: [
      String.raw`\b(?:require|import)\s{0,5}\([^()\n]{0,200}?${REQ}`,
      // Its module path only: the arguments after it are data.
      String.raw`\bfork\s{0,5}\(\s{0,5}(?:'[^'\n,]{0,100}'\s{0,5}\+\s{0,5}|"[^"\n,]{0,100}"\s{0,5}\+\s{0,5}|\x60[^\x60\n,]{0,100}\$\{\s{0,5})?${REQ}`,
    ],
    keywords: REQUEST_DATA_KEYWORDS,
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'Loading or forking a module whose name or path comes from the request lets the caller choose which code your server runs.',
    examples: {
      bad: [
        "const handler = require('./handlers/' + req.params.name);",
        'const mod = await import(`./plugins/${req.query.plugin}.js`);',
        "const worker = fork('./jobs/' + req.query.job);",
      ],
      good: [
        "const handler = handlers[req.params.name];",
        "const mod = await import('./plugins/default.js');",
        "const worker = fork('./jobs/resize.js', [req.query.size]);",
      ],
    },
  },
  {
    id: 'js.child-process-exec',
    title: 'Do not build shell commands for exec()',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // exec, execSync, and the promisified execAsync / execPromise.
      ...joinedArg(String.raw`\bexec(?:Sync|Async|Promise)?\s{0,5}\(\s{0,60}`),
      // exec promisified and called at once: promisify(exec)(`whois ${domain}`).
      ...joinedArg(String.raw`\bpromisify\s{0,5}\(\s{0,5}(?:[\w$]{1,40}\s{0,5}\.\s{0,5})?exec\s{0,5}\)\s{0,5}\(\s{0,60}`),
      String.raw`\b(?:child_?process|childProcess|ChildProcess|cp)\s{0,60}\.\s{0,5}exec(?:Sync)?\s{0,5}\(\s{0,60}[A-Za-z_$]`,
      String.raw`\brequire\s{0,5}\(\s{0,60}['"](?:node:)?child_process['"]\s{0,5}\)\s{0,60}\.\s{0,5}exec(?:Sync)?\s{0,5}\(\s{0,60}[A-Za-z_$]`,
      // exec imported by name (const { exec } = require('child_process')) and called with a variable.
      String.raw`(?:^|[^.\w$])exec(?:Sync|Async|Promise)?\s{0,5}\(\s{0,60}[A-Za-z_$][\w$.]{0,100}\s{0,5}[,)+]`,
    ],
    unless: [
      String.raw`\b(?:db|database|sqlite\w{0,60}|conn|connection|client|pool|tx|trx)\s{0,60}\.\s{0,5}exec\w{0,60}\s{0,5}\(`,
      // A definition of a function or method named exec, not a call.
      String.raw`\bfunction[ \t]{0,4}\*?[ \t]{0,4}exec\b|\bexec(?:Sync)?[ \t]{0,4}\([\w$ \t,]{0,200}\)[ \t]{0,4}\{`,
    ],
    keywords: ['exec'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'exec() hands its command string to a shell, so any input joined into it can add commands of its own.',
    examples: {
      bad: [
        "exec('convert ' + file + ' out.png', callback);",
        'const out = execSync(`git log ${branch}`);',
        'child_process.exec(cmd, (err, stdout) => done(stdout));',
        'const { stdout } = await exec(command);',
        "exec(cmd + ' ' + file, callback);",
        'const { stdout } = await execAsync(`git clone ${repoUrl}`);',
        "require('child_process').exec(command, (err, stdout) => res.send(stdout));",
        'const { stdout } = await util.promisify(cp.exec)(`du -sh ${folder}`);',
      ],
      good: [
        "execFile('convert', [file, 'out.png'], callback);",
        "const out = execSync('git log --oneline');",
        'const match = pattern.exec(line);',
        "spawn('git', ['log', branch]);",
        'function exec(command) {',
        'const rows = await sqlite.exec(statement);',
        "const { stdout } = await promisify(execFile)('du', ['-sh', folder]);",
      ],
    },
  },
  {
    id: 'js.shell-command-built',
    ...SHELL_COMMAND_STRING_RULE,
    languages: JS,
    patterns: [
      String.raw`\b(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync)\s{0,5}\(\s{0,60}['"]${SHELL_PROGRAM}['"]\s{0,5},\s{0,60}\[\s{0,60}['"]${SHELL_COMMAND_FLAG}['"]\s{0,5},\s{0,60}(?:${SQ_CONCAT}|${DQ_CONCAT}|${TEMPLATE}|[A-Za-z_$])`,
      // The whole argv as one array or a cmd option (Bun.spawn(['sh', '-c', cmd])), or Deno.Command's args after a
      // shell: new Deno.Command('sh', { args: ['-c', cmd] }). The shell must be named: nginx -c takes a file.
      String.raw`(?:\b(?:spawn|spawnSync)\s{0,5}\(\s{0,60}(?:\{\s{0,60}cmd\s{0,5}:\s{0,60})?\[\s{0,60}['"]${SHELL_PROGRAM}['"]\s{0,5},|\bCommand\s{0,5}\(\s{0,60}['"]${SHELL_PROGRAM}['"]\s{0,5},\s{0,60}\{\s{0,60}args\s{0,5}:\s{0,60}\[)\s{0,60}['"]${SHELL_COMMAND_FLAG}['"]\s{0,5},\s{0,60}(?:${SQ_CONCAT}|${DQ_CONCAT}|${TEMPLATE}|[A-Za-z_$])`,
    ],
    // The quoted flag, not -c or /c alone, which most paths and option names contain.
    keywords: ["'-c'", '"-c"', "'/c'", '"/c"', "'-command'", '"-command"'],
    examples: {
      bad: [
        "execFile('/bin/sh', ['-c', 'grep ' + pattern + ' data.txt'], callback);",
        "spawnSync('sh', ['-c', `echo ${msg}`]);",
        "const child = spawn('bash', ['-c', command]);",
        "const proc = Bun.spawn(['bash', '-c', `zip -r ${archive} ${folder}`]);",
        "const out = await new Deno.Command('sh', { args: ['-c', script] }).output();",
      ],
      good: [
        "const proc = Bun.spawn(['zip', '-r', archive, folder]);",
        "const proc = Bun.spawn(['sh', '-c', 'npm ci && npm test']);",
        "spawn('grep', [pattern, 'data.txt']);",
        "spawnSync('sh', ['-c', 'npm ci && npm test']);",
        "spawn('bash', ['scripts/build.sh', target]);",
        "const proc = new Deno.Command('nginx', { args: ['-c', confPath] });",
        "const service = { command: 'gunicorn', args: ['-c', configFile] };",
      ],
    },
  },
  {
    id: 'js.spawn-shell-true',
    title: 'Avoid spawn() with shell: true',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b${SPAWN_CALL}\s{0,5}\(${across(';()')}{0,1000}?\bshell\s{0,5}:\s{0,60}true\b`,
      // Options declared first and passed by name: const opts = { shell: true }; ... spawn(cmd, args, opts). The
      // matcher checks that the call is given that object.
      String.raw`\b[A-Za-z_$][\w$]{0,40}\s{0,5}=\s{0,5}\{[^;]{0,300}?\bshell\s{0,5}:\s{0,60}true\b[^;]{0,300}?\}[\s\S]{0,600}?(?<report>\b${SPAWN_CALL}\s{0,5}\([^;]{0,300}?[,(]\s{0,5}[A-Za-z_$][\w$]{0,40}\s{0,5}\))`,
    ],
    matcher: 'passes-shell-options',
    keywords: ['shell'],
    reach: 'block',
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'With shell: true the command and its arguments are parsed by a shell, so input in them can run extra commands.',
    examples: {
      bad: [
        "const child = spawn(cmd, args, { shell: true });",
        'spawnSync(`npm run ${script}`, {\n  stdio: "inherit",\n  shell: true,\n});',
        'const { stdout } = await execa(`git log ${range}`, { shell: true });',
        "const opts = { cwd: dir, shell: true };\nconst child = spawn(cmd, args, opts);",
      ],
      good: [
        "const child = spawn(cmd, args, { shell: false });",
        "const shellOpts = { shell: true };\nconst plain = { cwd: dir };\nconst child = spawn('git', ['status'], plain);",
        "spawn('npm', ['run', script], { stdio: 'inherit' });",
        "const { stdout } = await execa('git', ['log', range]);",
      ],
    },
  },
  {
    id: 'js.sql-string-building',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: JS,
    confidence: 'medium',
    // The query text is the string literal: its SQL keywords, and the value joined onto it.
    scope: 'string',
    patterns: [
      String.raw`\x60\s{0,60}(?:${SQL_UPPER}|${SQL_LOWER})\s${across('\\x60;')}{0,1000}?\$\{`,
      String.raw`'\s{0,5}(?:${SQL_UPPER}|WHERE|${SQL_LOWER})\s(?:[^'\\\n]|\\.){0,1000}'\s{0,60}\+\s{0,60}[\w$(]`,
      String.raw`"\s{0,5}(?:${SQL_UPPER}|WHERE|${SQL_LOWER})\s(?:[^"\\\n]|\\.){0,1000}"\s{0,60}\+\s{0,60}[\w$(]`,
      // A template literal with no substitution, then +: `SELECT ... id = ` + id.
      String.raw`\x60\s{0,5}(?:${SQL_UPPER}|WHERE|${SQL_LOWER})\s[^\x60$\n]{0,1000}\x60\s{0,60}\+\s{0,60}[\w$(]`,
      // A statement whose placeholder is filled by replace(), a format string (util.format, sprintf) or an array join.
      ...["'", '"', '\\x60'].map((quote) => String.raw`${quote}\s{0,5}(?:${SQL_UPPER}|${SQL_LOWER})\s[^${quote}\n]{0,1000}${quote}\s{0,5}(?:\.\s{0,5}replace(?:All)?\s{0,5}\(\s{0,5}(?:'[^'\n]{1,40}'|"[^"\n]{1,40}"|/[^/\n]{1,40}/[gimsuy]{0,4})\s{0,5},\s{0,5}[A-Za-z_$]|,\s{0,5}[A-Za-z_$][^\[\]\n]{0,200}\]\s{0,5}\.\s{0,5}join\s{0,5}\()`),
      ...["'", '"', '\\x60'].map((quote) => String.raw`${quote}\s{0,5}(?:${SQL_UPPER}|${SQL_LOWER})\s(?:[^${quote}%\n]|%[^s${quote}\n]){0,1000}%s[^${quote}\n]{0,300}${quote}\s{0,5},\s{0,5}[A-Za-z_$]`),
    ],
    // Tagged templates (postgres.js's sql`...`, Prisma's $queryRaw`...`) turn each ${} into a bound parameter.
    // Tagged templates bind their values; a logger prints the text, it does not run it.
    unless: [PLACEHOLDER_LIST_BUILT, 
      // A tag that sends the values as parameters, with a TypeScript type argument or not: sql<User[]>`...`.
      String.raw`(?:\b(?:sql|SQL)|\$(?:queryRaw|executeRaw))\s{0,5}(?:<(?:[^<>\n]|<[^<>\n]{0,30}>){1,30}>\s{0,5})?\x60`,
      String.raw`\b(?:console|logger|log|logging)\s{0,60}\.\s{0,5}(?:log|info|debug|warn|error|trace)\s{0,5}\(`,
    ],
    keywords: ['select', 'insert', 'update', 'delete'],
    reach: 'block',
    examples: {
      bad: [
        "const rows = await db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`); // TODO: use placeholders",
        "const rows = db.prepare(`SELECT * FROM t WHERE name = '${name}' AND id IN (${placeholders})`).all(...ids);",
        'const rows = await db.query(`SELECT * FROM users WHERE id = ${req.params.id}`);',
        'const sql = "SELECT * FROM users WHERE name = \'" + name + "\'";',
        "connection.query('DELETE FROM sessions WHERE user_id = ' + userId);",
        "db.query('SELECT * FROM users WHERE name = \\'' + name + '\\'');",
        'const q = `update accounts set balance = ${amount} where id = ${id}`;',
        'const rows = await sql.unsafe(`SELECT * FROM users WHERE id = ${id}`);',
        'const rows = await pool.query(`SELECT * FROM orders WHERE customer_id = ` + customerId);',
        "const sql = 'DELETE FROM orders WHERE ref = :ref'.replace(':ref', ref);",
        'const stmt = util.format("SELECT name FROM accounts WHERE email = \'%s\'", email);',
        "const sql = ['SELECT * FROM items WHERE owner =', owner, 'LIMIT 10'].join(' ');",
        'const sql = "UPDATE users SET role = \'member\' WHERE id = :id".replace(\':id\', userId);',
        "const sql = [`SELECT * FROM logs WHERE level =`, level].join(' ');",
        "const stmt = sprintf('DELETE FROM carts WHERE owner = %s', owner);",
        "const stmt = util.format(`SELECT * FROM users WHERE name = '%s'`, name);",
      ],
      good: [
        'const rows = await prisma.$queryRaw<User[]>`SELECT * FROM "User" WHERE id = ${id}`;',
        'const rows = db.prepare(`SELECT * FROM notes WHERE id IN (${placeholders})`).all(...ids);',
        "const rows = await db.query('SELECT * FROM users WHERE id = $1', [req.params.id]);",
        'const rows = await db.query(`SELECT * FROM users WHERE id = ?`, [id]);',
        'const msg = `Please select a file from ${dir}`;',
        "throw new Error('Cannot insert into ' + name);",
        'const [user] = await sql`SELECT * FROM users WHERE id = ${id}`;',
        'const rows = await prisma.$queryRaw`SELECT * FROM users WHERE email = ${email}`;',
        'logger.info(`SELECT query took ${ms}ms`);',
        "const sql = 'SELECT * FROM users WHERE name = ?'.replace(/\\s+/g, ' ');",
        "const stmt = util.format('SELECT * FROM users WHERE id = %d', id);",
        "const sql = ['SELECT id', 'FROM users', 'WHERE id = ?'].join(' ');",
        "const sql = `SELECT * FROM users` + ' WHERE id = ?';",
      ],
    },
  },
  {
    id: 'js.sql-raw-interpolation',
    title: 'Do not interpolate values into raw query builders',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      ...joinedArg(String.raw`${RAW_SQL_BUILDER_CALL}\s{0,5}\(\s{0,60}`),
      ...dynamicArg(String.raw`\$(?:queryRawUnsafe|executeRawUnsafe)\s{0,5}\(\s{0,60}`),
      // A query builder's condition with a value joined in: .where(`user.name = '${name}'`), .andWhere("id = " + id).
      String.raw`\.(?:where|andWhere|orWhere|having|andHaving|orHaving)\s{0,5}\(\s{0,20}(?:\x60[^\x60\n]{0,200}?${SQL_COMPARISON}\s{0,5}['"(]?%?\s{0,5}\$\{|(?:'[^'\n]{0,200}?|"[^"\n]{0,200}?)${SQL_COMPARISON}\s{0,5}['"(]?%?\s{0,5}['"]\s{0,5}\+)`,
    ],
    unless: [String.raw`\b(?:SELECT|INSERT|UPDATE|DELETE)\s`, String.raw`['"\x60]\s{0,5}(?:select|insert|update|delete)\s`],
    keywords: ['raw', 'sequelize', 'where(', 'having('],
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'Raw query fragments are sent to the database as written, so a value joined into one can change the query.',
    examples: {
      bad: [
        'const users = await knex("users").whereRaw(`name = \'${name}\'`);',
        "const rows = await knex.raw('id = ' + id);",
        'await prisma.$queryRawUnsafe(query);',
        "const user = await repo.createQueryBuilder('user').where(`user.name = '${name}'`).getOne();",
        "qb.andWhere(\"user.id = \" + req.params.id);",
        "query.orWhere(`product.name ILIKE '%${term}%'`);",
      ],
      good: [
        "const users = await knex('users').whereRaw('name = ?', [name]);",
        'const rows = await prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`;',
        "const rows = await knex.raw('select 1');",
        "const user = await repo.createQueryBuilder('user').where('user.name = :name', { name }).getOne();",
        'qb.andWhere(`user.${column} = :value`, { value });',
        "knex('users').where('name', name);",
        "query.orWhere('product.name ILIKE :term', { term: `%${term}%` });",
      ],
    },
  },
  {
    id: 'js.sql-fragment-from-request',
    title: 'Pick sort columns and raw SQL fragments from a fixed list, never the request',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    // A request value (or a variable holding one, checked by the matcher) as the whole of a raw fragment or of the
    // column of TypeORM's orderBy/groupBy, which puts it into the SQL as written. (Knex quotes its orderBy's column.)
    patterns: [
      String.raw`${RAW_SQL_BUILDER_CALL}\s{0,5}\(\s{0,60}(?:${REQ}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`,
      String.raw`(?:\bcreateQueryBuilder\s{0,5}\([^;]{0,300}?|\b(?:qb|queryBuilder|builder)\s{0,5})\.\s{0,5}(?:orderBy|addOrderBy|groupBy|addGroupBy)\s{0,5}\(\s{0,60}(?:${REQ}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`,
    ],
    matcher: 'request-input',
    keywords: ['raw', 'orderby', 'groupby', 'literal'],
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'A value from the request becomes part of the SQL as written here (a sort column, a raw fragment), so it can change the query; map it to one of a fixed list of columns or clauses.',
    examples: {
      bad: [
        "const users = await repo.createQueryBuilder('u').orderBy(req.query.sort, 'ASC').getMany();",
        'const sort = req.query.sort;\nconst rows = await knex("users").orderByRaw(sort);',
        'const users = await User.findAll({ where: sequelize.literal(req.query.filter) });',
        "const qb = repo.createQueryBuilder('u');\nqb.addOrderBy(req.query.sort);",
      ],
      good: [
        "const column = SORTABLE[req.query.sort] ?? 'created_at';\nconst users = await repo.createQueryBuilder('u').orderBy(column, 'ASC').getMany();",
        "const users = await repo.createQueryBuilder('u').orderBy('u.createdAt', 'DESC').getMany();",
        'const sort = config.defaultSort;\nconst rows = await knex("users").orderByRaw(sort);',
        "const rows = await knex('users').orderBy(req.query.sort);",
      ],
    },
  },
  {
    id: 'js.nosql-where',
    title: 'Avoid MongoDB $where',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [String.raw`[{,][\s\n]*['"]?\$where['"]?\s*:`, String.raw`\.\$where\s*\(`],
    keywords: ['$where'],
    scope: 'code',
    lesson: 'nosql-injection',
    cwe: ['CWE-943'],
    owasp: 'A03:2021',
    message: '$where runs JavaScript inside the database, so any input that reaches it can run its own code and read other records.',
    examples: {
      bad: [
        "const users = await db.collection('users').find({ $where: `this.name === '${req.query.name}'` }).toArray();",
        "User.find({ '$where': 'this.age > ' + age });",
        'Model.find().$where(filter);',
      ],
      good: [
        "const users = await db.collection('users').find({ name: String(req.query.name) }).toArray();",
        'User.find({ age: { $gt: Number(age) } });',
        '// avoid $where: it runs JavaScript',
      ],
    },
  },
  {
    id: 'js.nosql-request-object',
    title: 'Do not pass request objects straight into MongoDB queries',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`${MONGO_CALL}${REQ_OBJECT}(?:\.[\w$]{1,60})?\s{0,5}[,)]`,
      String.raw`${MONGO_CALL}\{[^{}\n]{0,200}?:\s{0,60}${REQ_OBJECT}\.[\w$]{1,60}\s{0,5}[,}]`,
      // Shorthand fields of variables read from the request's query or body: const { email, password } = req.body;
      // findOne({ email, password }). Only the shorthand name is checked (the group), and only a read that can give
      // an object counts: a route parameter or a header is always a string.
      String.raw`${MONGO_CALL}\{(?:[^{}\n]{0,200}?,)?\s{0,5}(?<secret>${VARIABLE})\s{0,5}[,}]`,
    ],
    matcher: 'request-object-input',
    keywords: ['.query', '.body', '.find', '.update', '.delete', '.count', '.exists'],
    scope: 'code',
    lesson: 'nosql-injection',
    cwe: ['CWE-943'],
    owasp: 'A03:2021',
    message: 'Request bodies and query strings can carry objects such as {"$ne": null}, which turn a lookup into a query operator that matches any record.',
    examples: {
      bad: [
        'const user = await User.findOne({ username: req.body.username, password: req.body.password });',
        'const docs = await coll.find(req.query).toArray();',
        'const { email, password } = req.body;\nconst account = await Account.findOne({ email, password });',
      ],
      good: [
        'const user = await User.findOne({ username: String(req.body.username) });',
        'const email = String(req.body.email);\nconst account = await Account.findOne({ email });',
        'const { slug } = req.params;\nconst post = await Post.findOne({ slug });',
        'const doc = await User.findById(req.params.id);',
        'const item = items.find((i) => i.id === req.body.id);',
      ],
    },
  },
  {
    id: 'js.inner-html',
    title: 'Do not assign dynamic HTML to innerHTML, outerHTML or srcdoc',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      ...dynamicArg(String.raw`\.(?:innerHTML|outerHTML|srcdoc)\s{0,60}\+?=\s{0,60}`),
      // React's iframe srcDoc attribute.
      ...dynamicArg(String.raw`\bsrcDoc\s{0,5}=\s{0,5}\{\s{0,60}`),
    ],
    // A sandboxed frame without allow-scripts runs no script, whatever its srcdoc holds (an e-mail preview).
    unless: [
      SANITIZED,
      String.raw`(?:innerHTML|outerHTML|srcdoc)\s{0,60}\+?=\s{0,60}(?:null|undefined|[\w$.]{1,100}\.(?:innerHTML|outerHTML|srcdoc))\s{0,5}(?:;\s{0,5})?$`,
      String.raw`\bsandbox\s{0,5}=\s{0,5}\{?\s{0,5}['"](?:allow-(?:downloads|forms|modals|orientation-lock|pointer-lock|popups(?:-to-escape-sandbox)?|presentation|same-origin|top-navigation(?:-by-user-activation)?) ?){0,12}['"]`,
    ],
    keywords: ['innerhtml', 'outerhtml', 'srcdoc'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Writing a dynamic value into innerHTML parses it as markup, so any user text in it can run script in the page.',
    examples: {
      bad: [
        'element.innerHTML = userComment;',
        "list.innerHTML += '<li>' + item.name + '</li>';",
        'card.outerHTML = `<div class="card">${title}</div>`;',
        'iframe.srcdoc = userContent;',
        '<iframe title="preview" srcDoc={previewHtml} />',
        '<iframe sandbox="allow-scripts" title="Preview" srcDoc={previewHtml} />',
      ],
      good: [
        'element.textContent = userComment;',
        "list.innerHTML = '';",
        'el.innerHTML = DOMPurify.sanitize(html);',
        "el.innerHTML = '<p>Loading…</p>';",
        'copy.srcdoc = original.srcdoc;',
        '<iframe title="preview" srcDoc={DOMPurify.sanitize(previewHtml)} />',
        '<iframe sandbox="" title="Email preview" srcDoc={emailHtml} />',
      ],
    },
  },
  {
    id: 'js.insert-adjacent-html',
    title: 'Do not pass dynamic HTML to insertAdjacentHTML or createContextualFragment',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      ...dynamicArg(String.raw`\.insertAdjacentHTML\s{0,5}\(\s{0,60}['"\x60]?\w{1,60}['"\x60]?\s{0,5},\s{0,60}`),
      // A Range's fragment is parsed as markup too, and its scripts run once it is inserted.
      ...dynamicArg(String.raw`\.createContextualFragment\s{0,5}\(\s{0,60}`),
    ],
    unless: [SANITIZED],
    keywords: ['insertadjacenthtml', 'createcontextualfragment'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'insertAdjacentHTML and createContextualFragment parse their argument as markup, so user text in it can run script in the page.',
    examples: {
      bad: [
        "list.insertAdjacentHTML('beforeend', `<li>${comment.body}</li>`);",
        "el.insertAdjacentHTML('afterbegin', html);",
        'const fragment = document.createRange().createContextualFragment(markup);',
      ],
      good: [
        "list.insertAdjacentHTML('beforeend', '<li class=\"sep\"></li>');",
        "list.insertAdjacentText('beforeend', comment.body);",
        "const fragment = range.createContextualFragment('<li class=\"sep\"></li>');",
        'const fragment = range.createContextualFragment(DOMPurify.sanitize(markup));',
      ],
    },
  },
  {
    id: 'js.document-write',
    title: 'Do not document.write() dynamic content',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: dynamicArg(String.raw`\bdocument\s{0,60}\.\s{0,5}write(?:ln)?\s{0,5}\(\s{0,60}`),
    unless: [SANITIZED],
    keywords: ['document'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'document.write() parses its argument as HTML, so any user text in it can inject script into the page.',
    examples: {
      bad: ["document.write('<a href=\"' + location.hash.slice(1) + '\">back</a>');", 'document.writeln(message);'],
      good: ["document.write('<p>Static notice</p>');", 'document.getElementById("out").textContent = message;'],
    },
  },
  {
    id: 'js.response-request-input',
    title: 'Escape request data sent back as HTML',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    // Express sends a string as text/html, so request data in it is reflected XSS.
    patterns: [
      String.raw`${RESPONSE_SEND}[^;\n]{0,200}?(?:${REQ}|${REQUEST_URL_PARAMETER})`,
      String.raw`${RESPONSE_SEND}[^;\n()]{0,200}(?:\([^;\n()]{0,100}\)[^;\n()]{0,100})?\)`,
      // HTML built with request data where it is written, before it is sent: const html = `<p>${req.query.q}</p>`.
      // (Not after a `:`: an object's html field is mostly an e-mail's body.)
      String.raw`(?:[=(,?]|\breturn)\s{0,5}${MARKUP_THEN_VALUE}(?:${REQ}|${REQUEST_URL_PARAMETER})`,
      // A Fetch API Response (Next.js route handlers, Workers, Deno, Bun) declared as HTML, its body holding request data.
      String.raw`\bnew\s{1,5}Response\s{0,5}\([^;]{0,500}?['"]text/html\b`,
    ],
    // Request Markdown rendered to HTML is js.markdown-from-request's finding; markup written into the page
    // (innerHTML, jQuery's .html()) is js.inner-html's and js.jquery-html's; an e-mail is no response.
    unless: [
      String.raw`\b(?:escape\w{0,10}|encode\w{0,20}|sanitize\w{0,10}|DOMPurify|xss|he\s{0,5}\.\s{0,5}encode|validator\s{0,5}\.\s{0,5}escape)\s{0,5}\(|\bJSON\s{0,5}\.\s{0,5}stringify\s{0,5}\(`,
      MARKDOWN_RENDER,
      String.raw`\b(?:sendMail|mailOptions)\b|\bhtml\s{0,5}:|\.(?:innerHTML|outerHTML)\s{0,5}\+?=|\.(?:html|append|prepend|after|before)\s{0,5}\(`,
    ],
    matcher: 'request-input',
    keywords: ['res.send', 'res.write', 'res.end', 'res.status', 'res.type', 'response.send', 'response.write', 'response.end', 'response.status', ...REQUEST_DATA_KEYWORDS, 'searchparams', 'new response'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Request data is sent back in a response that browsers render as HTML, so a link carrying a script runs it on your site; escape it, or send JSON.',
    examples: {
      bad: [
        "const name = new URL(request.url).searchParams.get('name');\nreturn new Response(`<h1>Hello ${name}</h1>`, { headers: { 'Content-Type': 'text/html' } });",
        'res.send(`<h1>Hello ${req.query.name}</h1>`);',
        'const { q } = req.query;\nres.status(404).send("No results for " + q);',
        "res.type('html').send(req.body.comment);",
        "res.set('Content-Type', 'text/html');\nres.send(req.body.html);",
        'const page = `<div class="result">${req.query.term}</div>`;',
        "const row = '<td>' + req.body.title + '</td>';",
        "res.end(`<p>${new URL(req.url, `http://${req.headers.host}`).searchParams.get('msg')}</p>`);",
      ],
      good: [
        "const name = new URL(request.url).searchParams.get('name');\nreturn new Response(`Hello ${name}`, { headers: { 'Content-Type': 'text/plain' } });",
        "return new Response(`<h1>Hello ${escapeHtml(name)}</h1>`, { headers: { 'Content-Type': 'text/html' } });",
        'res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);',
        'res.json({ name: req.query.name });',
        'const q = "all";\nres.send("No results for " + q);',
        "res.type('json').send(req.body.comment);",
        'const page = `<div class="result">${escapeHtml(req.query.term)}</div>`;',
        "const row = '<td>' + title + '</td>';",
        "const page = Number(new URL(req.url, 'http://localhost').searchParams.get('page'));",
        "await transporter.sendMail({ to: ADMIN, subject: 'Contact', html: `<p>${req.body.message}</p>` });",
        "el.innerHTML = '<p>' + req.query.q + '</p>';",
      ],
    },
  },
  {
    id: 'js.dangerously-set-inner-html',
    title: 'Avoid dangerouslySetInnerHTML with dynamic HTML',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      ...dynamicArg(String.raw`\bdangerouslySetInnerHTML\s{0,5}=\s{0,60}\{\s{0,60}\{\s{0,60}__html\s{0,5}:\s{0,60}`),
      ...dynamicArg(String.raw`\bdangerouslySetInnerHTML\s{0,5}:\s{0,60}\{\s{0,60}['"]?__html['"]?\s{0,5}:\s{0,60}`),
      // The object made elsewhere (a variable, or a helper such as the React docs' createMarkup()), or shorthand.
      String.raw`\bdangerouslySetInnerHTML\s{0,5}=\s{0,60}\{\s{0,60}(?:[A-Za-z_$]|\{\s{0,60}__html\s{0,60}\})`,
    ],
    // JSON for a script tag with every `<` escaped (JSON-LD, as Next.js documents it) cannot close the tag.
    unless: [SANITIZED, String.raw`\bJSON\.stringify\s{0,5}\([^\n]{0,200}\)\s{0,5}\.replace\s{0,5}\(\s{0,5}/<\/g\s{0,5},`],
    keywords: ['dangerouslysetinnerhtml'],
    reach: 'block',
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'dangerouslySetInnerHTML turns off React\'s escaping, so unsanitized HTML in it can run script in your users\' browsers.',
    examples: {
      bad: [
        '<div dangerouslySetInnerHTML={{ __html: post.body }} />',
        '<div\n  className="content"\n  dangerouslySetInnerHTML={{\n    __html: comment.html,\n  }}\n/>',
        'React.createElement("span", { dangerouslySetInnerHTML: { __html: label } });',
        '<div dangerouslySetInnerHTML={createMarkup(article.content)} />',
        '<div dangerouslySetInnerHTML={{ __html }} />',
      ],
      good: [
        '<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, \'\\\\u003c\') }} />',
        '<div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }} />',
        '<div dangerouslySetInnerHTML={sanitizedMarkup(article.content)} />',
        "<span dangerouslySetInnerHTML={{ __html: '&times;' }} />",
        'const RESERVED = { children: true, dangerouslySetInnerHTML: true };',
        '<div>{post.body}</div>',
      ],
    },
  },
  {
    id: 'js.jquery-html',
    title: 'Do not pass dynamic HTML to jQuery: .html(), .append() or $(markup)',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      ...dynamicArg(String.raw`\.html\s{0,5}\(\s{0,60}`),
      ...[String.raw`'\s{0,5}<[^'\n]{0,300}'\s{0,60}\+`, String.raw`"\s{0,5}<[^"\n]{0,300}"\s{0,60}\+`, String.raw`\x60\s{0,5}<${across('\\x60')}{0,1000}\$\{`].map(
        (markup) => String.raw`\$\s{0,5}\([^;\n$()]{0,200}\)\s{0,60}\.(?:append|prepend|after|before|replaceWith)\s{0,5}\(\s{0,60}${markup}`,
      ),
      // $() given markup builds elements from it: $(`<div>${msg}</div>`), $('<li>' + name + '</li>').
      String.raw`(?:^|[^\w$.])(?:\$|jQuery)\s{0,5}\(\s{0,5}${MARKUP_THEN_VALUE}[A-Za-z_$]`,
    ],
    unless: [SANITIZED],
    keywords: ['.html', '.append', '.prepend', '.after', '.before', '.replacewith', '$(', 'jquery('],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'jQuery parses strings passed to .html(), .append() and $() as markup, so user text in them can run script in the page.',
    examples: {
      bad: [
        "$('#greeting').html(data.message);",
        "$('#list').append('<li>' + item.title + '</li>');",
        'jQuery(".out").html(`<b>${name}</b>`);',
        '$("#list").append("<li>" + item.title + "</li>");',
        '$("#comments").append(`<div class="comment">${comment.body}</div>`);',
        '$(`<p class="notice">${notice.text}</p>`).appendTo("#notices");',
        "const $row = $('<tr><td>' + user.name + '</td></tr>');",
      ],
      good: [
        "$('#greeting').text(data.message);",
        "const current = $('#greeting').html();",
        "$('#list').append($('<li>').text(item.title));",
        '$(`<p class="notice"></p>`).text(notice.text).appendTo("#notices");',
        "const $row = $('#row-' + user.id);",
      ],
    },
  },
  {
    id: 'js.vue-v-html',
    title: 'Avoid v-html and {@html} with user content',
    languages: [...JS, 'html'],
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bv-html\s*=\s*["'][^"'\n]+["']`, String.raw`\{@html\s[^{}\n]+\}`],
    unless: [SANITIZED],
    keywords: ['v-html', '{@html'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'v-html and {@html} insert raw HTML without escaping, so user content bound to them can run script in the page.',
    examples: {
      bad: ['<div v-html="comment.body"></div>', '<p>{@html post.content}</p>'],
      good: ['<div>{{ comment.body }}</div>', '<div v-html="sanitize(comment.body)"></div>', '<p>{post.content}</p>'],
    },
  },
  {
    id: 'js.sanitizer-allows-script',
    title: 'Do not let an HTML sanitizer keep scripts or event handlers',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // DOMPurify's ADD_TAGS / ADD_ATTR, sanitize-html's allowedTags.
      String.raw`\bADD_TAGS\s{0,5}:\s{0,5}\[[^\]\n]{0,200}['"]script['"]`,
      String.raw`\bADD_ATTR\s{0,5}:\s{0,5}\[[^\]\n]{0,200}['"]on[a-z]{3,30}['"]`,
      // The list itself, or a list concatenated onto another (not a later option, or a filter that drops script).
      String.raw`\ballowedTags\s{0,5}:\s{0,5}(?:\[[^\]\n]{0,200}|[\w$.]{1,100}\s{0,5}\.\s{0,5}concat\s{0,5}\(\s{0,5}\[[^\]\n]{0,200})['"]script['"]`,
      String.raw`\ballowVulnerableTags\s{0,5}:\s{0,5}true\b`,
    ],
    keywords: ['add_tags', 'add_attr', 'allowedtags', 'allowvulnerabletags'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'The sanitizer is told to keep script tags or event-handler attributes, so the HTML it passes can still run script in the page.',
    examples: {
      bad: [
        "const clean = DOMPurify.sanitize(dirty, { ADD_TAGS: ['script'] });",
        "const clean = DOMPurify.sanitize(dirty, { ADD_ATTR: ['target', 'onclick'] });",
        "const clean = sanitizeHtml(dirty, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['script']) });",
        "const clean = sanitizeHtml(dirty, { allowedTags: ['b', 'i', 'script'] });",
        'const clean = sanitizeHtml(dirty, { allowedTags: false, allowVulnerableTags: true });',
      ],
      good: [
        "const clean = DOMPurify.sanitize(dirty, { ADD_TAGS: ['iframe'], ADD_ATTR: ['target'] });",
        "const clean = sanitizeHtml(dirty, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) });",
        "const clean = DOMPurify.sanitize(dirty, { FORBID_TAGS: ['script', 'style'] });",
        "const clean = sanitizeHtml(dirty, { allowedTags: ['b', 'i', 'a'], nonTextTags: ['style', 'script', 'textarea'] });",
        "const options = { allowedTags: sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'script') };",
      ],
    },
  },
  {
    id: 'js.json-in-script-tag',
    title: 'Escape < in JSON written into a script tag',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    // The markup is a string literal: a template over several lines (server-side rendering), or a literal then +.
    patterns: [
      // Inside the script element: no < between its tag and the value (</script> would end it).
      String.raw`<script\b[^>\n]{0,200}>${across('\\x60<')}{0,400}?\$\{\s{0,5}JSON\s{0,5}\.\s{0,5}stringify\s{0,5}\(`,
      String.raw`<script\b[^>'\n]{0,200}>[^'<\n]{0,300}'\s{0,5}\+\s{0,5}JSON\s{0,5}\.\s{0,5}stringify\s{0,5}\(`,
      String.raw`<script\b[^>"\n]{0,200}>[^"<\n]{0,300}"\s{0,5}\+\s{0,5}JSON\s{0,5}\.\s{0,5}stringify\s{0,5}\(`,
    ],
    // Serializers that escape < (serialize-javascript, devalue, jsesc, htmlescape), or a replace of it by hand.
    unless: [String.raw`\\u003[cC]|\\x3[cC]|\.replace(?:All)?\s{0,5}\(\s{0,5}/[^/\n]{0,20}<|\b(?:serialize|devalue|uneval|jsesc|htmlescape|escapeJSON|safeJsonStringify)\b`],
    keywords: ['<script'],
    reach: 'block',
    scope: 'string',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'JSON.stringify leaves </script> as it is, so a value containing it ends the script element early and the markup after it runs as the page; escape < as \\u003c or use a serializer that does.',
    examples: {
      bad: [
        'res.send(`<html><body><div id="root"></div><script>window.__INITIAL_DATA__ = ${JSON.stringify(data)};</script>`);',
        'const html = `\n  <script>\n    window.__PRELOADED_STATE__ = ${JSON.stringify(store.getState())}\n  </script>`;',
        "const tag = '<script>var config = ' + JSON.stringify(config) + ';</script>';",
        'const tag = "<script>window.CONFIG = " + JSON.stringify(settings) + ";</script>";',
      ],
      good: [
        "res.send(`<script>window.__INITIAL_DATA__ = ${JSON.stringify(data).replace(/</g, '\\\\u003c')};</script>`);",
        'res.send(`<script>window.__INITIAL_DATA__ = ${serialize(data, { isJSON: true })};</script>`);',
        'res.send(`<div data-state="${escapeHtml(JSON.stringify(data))}"></div>`);',
        "const page = `<script src=\"/app.js\"></script><div id=\"root\" data-props='${JSON.stringify(props)}'></div>`;",
      ],
    },
  },
  {
    id: 'js.script-src-from-url',
    title: "Do not load a script from a URL in the page's query string",
    languages: JS,
    severity: 'error',
    confidence: 'high',
    // A name for a script element (script, scriptEl, newScript), not one that merely contains the letters (transcript).
    patterns: [String.raw`\b(?:[\w$]{0,30}Script|script)[\w$]{0,30}\.src\s{0,5}=\s{0,60}${URL_PARAMETER_READ}`],
    keywords: ['.src'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79', 'CWE-829'],
    owasp: 'A03:2021',
    message: "A script whose address comes from the page's query string runs whatever that address serves, so a crafted link runs its own code in your page; load scripts only from fixed addresses.",
    examples: {
      bad: [
        "script.src = params.get('loader');",
        "scriptEl.src = new URLSearchParams(window.location.search).get('plugin');",
        "newScript.src = params.get('src');",
      ],
      good: [
        "img.src = params.get('avatar');",
        "script.src = PLUGINS[params.get('plugin')] ?? '/plugins/default.js';",
        "script.src = '/static/app.js';",
        "transcriptAudio.src = params.get('audio');",
        "subscriptionBanner.src = params.get('banner');",
      ],
    },
  },
  {
    id: 'js.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: JS,
    patterns: [
      String.raw`\bredirect\s{0,5}\(\s{0,60}(?:\d{3}\s{0,5},\s{0,60})?(?:${REQ}|${VARIABLE}\s{0,5}\)|${URL_PARAMETER_READ})`,
      // new URL(value, base) ignores the base when the value is absolute: NextResponse.redirect(new URL(next, req.url)).
      String.raw`\bredirect\s{0,5}\(\s{0,60}new\s{1,5}URL\s{0,5}\(\s{0,60}(?:${REQ}|${URL_PARAMETER_READ}|${VARIABLE}\s{0,5},)`,
      // A template that starts with the value: res.redirect(`${req.query.returnUrl}`).
      String.raw`\bredirect\s{0,5}\(\s{0,60}(?:\d{3}\s{0,5},\s{0,60})?\x60\$\{\s{0,60}(?:${REQ}|${VARIABLE}\s{0,5}\})`,
      // A Location header set by hand: res.setHeader('Location', next), res.writeHead(302, { Location: req.query.url }).
      String.raw`\b(?:setHeader|header|set)\s{0,5}\(\s{0,60}['"]Location['"]\s{0,5},\s{0,60}(?:${REQ}|${VARIABLE}\s{0,5}\))`,
      String.raw`\bwriteHead\s{0,5}\(\s{0,60}30[1278]\s{0,5},\s{0,60}\{[^{}\n]{0,100}?\bLocation['"]?\s{0,5}:\s{0,60}(?:${REQ}|${VARIABLE}\s{0,5}[,}])`,
      // In the browser, a client-side router sent to the page's own query: router.push(router.query.next).
      String.raw`\brouter\s{0,5}\.\s{0,5}(?:push|replace)\s{0,5}\(\s{0,60}(?:router\s{0,5}\.\s{0,5}query\s{0,5}\.\s{0,5}\w{1,60}|${URL_PARAMETER_READ}|${VARIABLE}\s{0,5}\))`,
    ],
    keywords: ['redirect', 'location', 'router.push', 'router.replace'],
    examples: {
      bad: [
        'res.redirect(req.query.returnTo);',
        'return res.redirect(302, req.body.next);',
        'ctx.redirect(ctx.query.url);',
        'const { next } = req.query;\nres.redirect(next);',
        'res.writeHead(302, { Location: req.query.url });',
        "const next = req.query.next as string;\nres.setHeader('Location', next);",
        "return NextResponse.redirect(new URL(searchParams.get('callbackUrl'), req.url));",
        "redirect(searchParams.get('next'));",
        'res.redirect(`${req.query.returnUrl}`);',
        "const params = request.nextUrl.searchParams;\nreturn NextResponse.redirect(params.get('next'));",
        'router.push(router.query.next as string);',
        "router.replace(searchParams.get('callbackUrl') ?? '/');",
        'const next = router.query.next as string;\nrouter.push(next);',
      ],
      good: [
        'router.push(`/users/${router.query.id}`);',
        "router.push(safeNext(searchParams.get('callbackUrl')));",
        "const next = '/dashboard';\nrouter.push(next);",
        "res.redirect('/dashboard');", "res.redirect(safeReturnPath(req.query.returnTo));", 'res.redirect(`/users/${user.id}`);', 'const next = session.returnTo;\nres.redirect(next);', "return NextResponse.redirect(new URL('/login', req.url));",
        "const params = new URLSearchParams(DEFAULT_ROUTES);\nreturn NextResponse.redirect(params.get('home'));",
      ],
    },
  },
  {
    id: 'js.dom-redirect-from-url',
    title: "Do not navigate to a URL taken from the page's query string",
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:(?:window|document|top|self)\s{0,60}\.\s{0,5})?location(?:\s{0,60}\.\s{0,5}href)?(?:\s{0,5}=|\s{0,60}\.\s{0,5}(?:assign|replace)\s{0,5}\()\s{0,60}${URL_PARAMETER_READ}`,
    ],
    keywords: ['location'],
    scope: 'code',
    lesson: 'open-redirect',
    cwe: ['CWE-601', 'CWE-79'],
    owasp: 'A01:2021',
    message: "Navigating to a URL from the page's own query string lets a crafted link send users to a phishing site, or run script through a javascript: URL; allow only relative paths or known hosts.",
    examples: {
      bad: [
        "window.location.href = params.get('redirect');",
        "window.location = new URLSearchParams(location.search).get('next');",
        "location.assign(searchParams.get('returnTo'));",
      ],
      good: [
        "window.location.href = '/login?next=' + encodeURIComponent(location.pathname);",
        "const next = params.get('next');\nif (next && next.startsWith('/') && !next.startsWith('//')) location.href = next;",
        "const page = params.get('page');",
      ],
    },
  },
  {
    id: 'js.env-in-response',
    title: 'Do not send the environment in a response',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:res|response|reply|ctx)\s{0,60}\.\s{0,5}(?:json|send|end|write)\s{0,5}\(\s{0,60}(?:\{\s{0,60}(?:env\s{0,5}:\s{0,60})?)?process\s{0,60}\.\s{0,5}env\s{0,5}(?:\}\s{0,5})?\)|\bctx\s{0,60}\.\s{0,5}body\s{0,5}=\s{0,60}process\s{0,60}\.\s{0,5}env\s{0,5}(?:;|$)`],
    keywords: ['process.env'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-200', 'CWE-215'],
    owasp: 'A05:2021',
    message: 'process.env holds the database passwords, API keys and signing secrets of the deployment, so an endpoint that returns it hands them to anyone who calls it; return only the values a client needs.',
    examples: {
      bad: ["app.get('/debug', (req, res) => res.json(process.env));", 'ctx.body = process.env;'],
      good: ["app.get('/health', (req, res) => res.json({ version: process.env.APP_VERSION }));"],
    },
  },
  {
    id: 'js.static-serves-source',
    title: 'Do not serve the project folder as static files',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:express\s{0,60}\.\s{0,5}static|serveStatic|serve)\s{0,5}\(\s{0,60}(?:__dirname|process\s{0,60}\.\s{0,5}cwd\s{0,5}\(\s{0,60}\)|['"]\.\/?['"])\s{0,5}[,)]`],
    keywords: ['static(', 'servestatic(', 'serve('],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-552', 'CWE-538'],
    owasp: 'A01:2021',
    message: "Serving the project's own folder hands out its source, package files and .env (with its secrets) to anyone who asks for them by name; serve a folder that holds only public files.",
    examples: {
      bad: ['app.use(express.static(__dirname));', "app.use(express.static('.'));"],
      good: ["app.use(express.static(path.join(__dirname, 'public')));", "app.use(express.static('public'));"],
    },
  },
  {
    id: 'js.ldap-filter-built',
    ...LDAP_FILTER_BUILT_RULE,
    languages: JS,
    patterns: [
      String.raw`\x60\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^\x60\n$]{0,200}\$\{`,
      String.raw`['"]\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^'"\n]{0,200}['"]\s{0,60}\+\s{0,60}[A-Za-z_$]`,
    ],
    unless: [String.raw`\b(?:escapeFilter|escapeLdap\w{0,20}|ldapEscape\w{0,20}|filterEscape)\s{0,5}\(`],
    examples: {
      bad: ['const ldapFilter = `(uid=${username})`;\nclient.search(base, { filter: ldapFilter }, cb);', "const filter = '(&(objectClass=person)(mail=' + email + '))';"],
      good: ['const filter = new EqualityFilter({ attribute: \'uid\', value: username });', 'const ldapFilter = `(uid=${escapeFilter(username)})`;', "const filter = '(objectClass=person)';"],
    },
  },
  {
    id: 'js.xpath-built',
    ...XPATH_BUILT_RULE,
    languages: JS,
    patterns: [
      String.raw`\b(?:xpath\s{0,60}\.\s{0,5}(?:select1?|evaluate|useNamespaces\s{0,5}\([^()\n]{0,100}\))|document\s{0,60}\.\s{0,5}evaluate|\.\s{0,5}(?:selectNodes|selectSingleNode))\s{0,5}\(\s{0,60}(?:\x60[^\x60\n$]{0,200}\[[^\x60\n]{0,100}\$\{|(?:'[^'\n]{0,200}\[[^'\n]{0,100}'|"[^"\n]{0,200}\[[^"\n]{0,100}")\s{0,60}\+\s{0,60}[A-Za-z_$])`,
    ],
    keywords: ['xpath', 'evaluate', 'selectnodes', 'selectsinglenode'],
    examples: {
      bad: ["const x = xpath.select(`//user[name='${name}']`, doc);", "const node = document.evaluate(\"//item[@id='\" + id + \"']\", doc, null, 9, null);"],
      good: ["const x = xpath.select(\"//user[name='admin']\", doc);", 'const nodes = xpath.select(`//item[@type="book"]`, doc);'],
    },
  },
  {
    id: 'js.dynamic-dispatch-request',
    title: 'Do not call functions named by the request',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // handlers[req.query.fn](...) and global[req.query.fn]: the caller picks any function, or a built-in.
      String.raw`\b[A-Za-z_$][\w$.]{0,60}\s{0,5}\[\s{0,5}${REQ}(?:\.[\w$]{1,60}|\[[^\[\]\n]{1,100}\])?\s{0,5}\]\s{0,5}\(`,
      String.raw`\b(?:global|globalThis|window|self|module\s{0,5}\.\s{0,5}exports|exports)\s{0,5}\[\s{0,5}${REQ}`,
    ],
    // Assigning to global[req.query.name] is js.proto-key-from-request's finding.
    unless: [String.raw`\]\s{0,5}=[^=]`],
    keywords: REQUEST_DATA_KEYWORDS,
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-470', 'CWE-94'],
    owasp: 'A03:2021',
    message: 'The request names the function that runs, so a caller can reach any method of the object (constructor, __proto__ methods) or a global; look the name up in a map of allowed handlers.',
    examples: {
      bad: ['app[req.query.method](req.query.arg);', 'const fn = global[req.query.fn];\nfn();', 'handlers[req.body.action](req, res);'],
      good: ['const handler = HANDLERS.get(req.body.action);\nif (handler) handler(req, res);', 'const value = settings[req.query.key];', 'global[req.query.fn] = handler;'],
    },
  },
  {
    id: 'js.regex-nested-quantifier',
    title: 'Avoid nested quantifiers in regular expressions',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    // A regex literal with a repeated group whose whole body is one repeated atom: (a+)+, ([a-z]{2,4})+, (x*)*. Such a
    // pattern backtracks exponentially on a near-miss input, so one request can hold the event loop for minutes. A
    // group with a separator in it, (?:\.[a-z]+)+, or a fixed count, ([A-Za-z0-9+/]{4})*, matches each string one way
    // only and is not reported.
    patterns: [String.raw`(?:^|[=(,:!&|?;{}\[]|\breturn)\s{0,5}\/[^/*\n](?:[^/\n\\]|\\.){0,200}?\((?:\?:)?(?:\[(?:[^\]\\\n]|\\.){1,60}\]|\\.|[^()\\|[\]\n])(?:[+*]|\{\d{1,3},\d{0,3}\})\??\)[+*](?:[^/\n\\]|\\.){0,200}\/[dgimsuy]{0,6}`],
    // The group's own + or *. A {m,} repeat is left out: its keyword `){` opens most function bodies.
    keywords: [')+', ')*'],
    scope: 'code',
    lesson: 'regex-injection',
    cwe: ['CWE-1333'],
    owasp: 'A06:2021',
    message: 'A group that repeats a repeat, such as (a+)+, backtracks exponentially on input that almost matches, so one crafted string can freeze the event loop (ReDoS); rewrite it so each character can match in one way only.',
    examples: {
      bad: ['if (/^(a+)+$/.test(req.body.name)) {}', 'const emailRe = /^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+\\.)+([a-zA-Z0-9]{2,4})+$/;'],
      good: ['const emailRe = /^[a-zA-Z0-9_.-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+$/;', 'const total = (a + b) * c / 2;', 'if (/^(ab)+$/.test(s)) {}', 'const base64 = /^([0-9a-zA-Z+/]{4})*$/;'],
    },
  },
  {
    id: 'js.jquery-selector-from-url',
    title: "Do not pass the page's URL to jQuery's $()",
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`(?:\$|\bjQuery)\s{0,5}\(\s{0,60}(?:decodeURIComponent\s{0,5}\(\s{0,60})?(?:window\s{0,60}\.\s{0,5}|document\s{0,60}\.\s{0,5})?location\s{0,60}\.\s{0,5}(?:hash|search|href)\b`],
    keywords: ['location'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: '$() parses a string that looks like markup as HTML, so a link whose fragment holds <img src=x onerror=...> runs script in the page; select with document.getElementById or escape the value first.',
    examples: {
      bad: ['$(location.hash).addClass("active");', 'const el = $(decodeURIComponent(window.location.hash));'],
      good: ['const el = document.getElementById(location.hash.slice(1));', '$("#" + CSS.escape(location.hash.slice(1)));'],
    },
  },
  {
    id: 'js.path-from-request',
    title: 'Do not build file paths from the request',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`${FILE_CALL}${REQ}`,
      String.raw`${FILE_CALL}(?:[\w$.]{1,100}\s{0,60}\+\s{0,60})?${SQ_CONCAT}\s{0,5}${REQ}`,
      String.raw`${FILE_CALL}(?:[\w$.]{1,100}\s{0,60}\+\s{0,60})?${DQ_CONCAT}\s{0,5}${REQ}`,
      String.raw`${FILE_CALL}[\w$.]{1,100}\s{0,60}\+\s{0,60}${REQ}`,
      String.raw`${FILE_CALL}\x60[^\x60]{0,1000}?\$\{\s{0,60}${REQ}`,
      String.raw`\bpath\s{0,60}\.\s{0,5}(?:join|resolve)\s{0,5}\([^()\n]{0,200}?${REQ}`,
      // The path argument uses a variable that holds request data.
      // (One call in it, such as path.join, which may hold two calls of its own: join(root, String(id), safe(name)).)
      String.raw`${FILE_CALL}[^,;()\n]{0,100}(?:\([^;()\n]{0,100}(?:\([^;()\n]{0,60}\)[^;()\n]{0,100}){0,2}\)[^,;()\n]{0,100})?`,
    ],
    // A root confines the path to its folder; root '/' confines it to nothing.
    unless: [String.raw`\broot\s{0,5}:\s{0,5}(?:[^'"\x60\s]|['"\x60](?:[^/'"\x60]|/[^'"\x60]))`, String.raw`\bpath\s{0,60}\.\s{0,5}basename\s{0,5}\(`],
    matcher: 'request-input',
    keywords: [...REQUEST_DATA_KEYWORDS, 'readfile', 'writefile', 'appendfile', 'unlink', 'readdir', 'createreadstream', 'createwritestream', 'sendfile', 'download', 'outputfile', 'open(', 'rm(', 'remove('],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'A file path built from the request can contain ../ segments, so the caller can read or overwrite files outside the folder you meant.',
    examples: {
      bad: [
        "fs.readFile(path.join(__dirname, 'uploads', req.params.name), cb);",
        'res.sendFile(req.query.file);',
        "const stream = fs.createReadStream('./files/' + req.query.name);",
        'await fs.promises.unlink(`/tmp/${req.body.id}`);',
        "const { file } = req.query;\nres.sendFile(path.join(__dirname, 'public', file));",
        "export async function getServerSideProps({ params }) {\n  const raw = await readFile(\n    `${CONTENT_DIR}/${params.slug}.md`,",
        "export async function GET(request, { params }) {\n  const data = await readFile(path.join(DATA_DIR, params.name));",
        'const data = fs.readFileSync("./uploads/" + req.query.name);',
        'fs.readFile(UPLOAD_DIR + req.params.filename, (err, data) => res.send(data));',
        "const name = url.searchParams.get('name');\nconst body = await readFile(join(process.cwd(), 'exports', name));",
        "res.sendFile(req.query.file, { root: '/' });",
      ],
      good: [
        "const file = config.logFile;\nfs.readFile(path.join(__dirname, file), cb);",
        "res.sendFile(req.params.name, { root: path.join(__dirname, 'public') });",
        "res.sendFile(req.query.file, { root: '/srv/public' });",
        "fs.readFile(path.join(__dirname, 'uploads', path.basename(req.params.name)), cb);",
        "fs.readFile(path.join(__dirname, 'config.json'), cb);",
        "const name = 'latest.csv';\nconst body = await readFile(join(process.cwd(), 'exports', name));",
        "export async function getStaticProps({ params }) {\n  const raw = await readFile(`${CONTENT_DIR}/${params.slug}.md`, 'utf8');",
        "export async function getServerSideProps(context) {\n  const params = new URLSearchParams(DEFAULTS);\n  const raw = await readFile(path.join(DIR, params.get('slug')));",
      ],
    },
  },
  {
    id: 'js.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: JS,
    patterns: [
      String.raw`\b(?:fetch|axios(?:\s{0,60}\.\s{0,5}(?:get|post|put|patch|delete|head|request))?|got(?:\s{0,60}\.\s{0,5}(?:get|post|stream))?|needle|(?:page|tab)\s{0,60}\.\s{0,5}goto|superagent\s{0,60}\.\s{0,5}(?:get|post)|https?\s{0,60}\.\s{0,5}(?:get|request)|request(?:\s{0,60}\.\s{0,5}(?:get|post))?)\s{0,5}\(\s{0,60}(?:${REQ}|\x60(?:https?://)?\$\{\s{0,60}${REQ}|['"]https?://['"]\s{0,60}\+\s{0,60}${REQ}|\{\s{0,60}url\s{0,5}:\s{0,60}${REQ}|${VARIABLE}\s{0,5}[,)]|\x60(?:https?://)?\$\{\s{0,60}${VARIABLE}|['"]https?://['"]\s{0,60}\+\s{0,60}${VARIABLE})`,
      // needle's method-first form: needle('get', url)
      String.raw`\bneedle\s{0,5}\(\s{0,60}['"]\w{3,7}['"]\s{0,5},\s{0,60}(?:${REQ}|${VARIABLE}\s{0,5}[,)])`,
    ],
    keywords: [...REQUEST_DATA_KEYWORDS, 'fetch', 'axios', 'got', 'needle', 'goto', 'superagent', 'http.get', 'https.get', 'http.request', 'https.request', 'request('],
    examples: {
      bad: [
        'const response = await fetch(req.query.url);',
        'const { data } = await axios.get(req.body.webhook);',
        'http.get(`${req.query.host}/status`, onResponse);',
        'const target = req.query.url;\nconst response = await fetch(target);',
        "const res = await needle('get', req.query.url);",
        'await page.goto(req.query.url);',
      ],
      good: [
        'const response = await fetch(`https://api.example.com/users/${req.params.id}`);',
        'const response = await fetch(allowedUrl(req.query.url));',
        "const { data } = await axios.get('https://api.example.com/status');",
        'const target = process.env.STATUS_URL;\nconst response = await fetch(target);',
      ],
    },
  },
  {
    id: 'js.fetch-plain-http',
    ...FETCH_PLAIN_HTTP_RULE,
    languages: JS,
    // jQuery's settings object may name the url a few lines below $.ajax({.
    keywords: [...FETCH_PLAIN_HTTP_RULE.keywords, '.ajax('],
    reach: 'block',
    patterns: [
      String.raw`\b(?:fetch|axios(?:\s{0,60}\.\s{0,5}(?:get|post|put|patch|delete|head|request))?|got(?:\s{0,60}\.\s{0,5}(?:get|post))?|superagent\s{0,60}\.\s{0,5}(?:get|post|put)|ky(?:\s{0,60}\.\s{0,5}(?:get|post))?)\s{0,5}\(\s{0,60}['"\x60]http://[^\s'"\x60/]{1,100}`,
      // XMLHttpRequest: xhr.open('GET', 'http://...')
      String.raw`\.\s{0,5}open\s{0,5}\(\s{0,60}['"](?:GET|POST|PUT|PATCH|DELETE|HEAD)['"]\s{0,5},\s{0,60}['"\x60]http://[^\s'"\x60/]{1,100}`,
      // jQuery: $.post('http://...'), $.ajax({ url: 'http://...' }).
      String.raw`(?:\$|\bjQuery)\s{0,5}\.\s{0,5}(?:ajax|get|post|getJSON|getScript)\s{0,5}\(\s{0,60}(?:\{[^{}]{0,200}?\burl\s{0,5}:\s{0,5})?['"\x60]http://[^\s'"\x60/]{1,100}`,
    ],
    examples: {
      bad: [
        "xhr.open('GET', 'http://cdn.acme-shop.io/config.json');","const res = await fetch('http://api.weather.gov/points/39.7,-104.9');", "const { data } = await axios.get('http://payments.acme.io/v1/charges');",
        "$.ajax({\n    url: 'http://auth.partner-sso.net/token',\n    method: 'POST',", "$.post('http://api.acme.io/v1/login', creds);",
        "$.ajax({\n    type: 'POST',\n    dataType: 'json',\n    url: 'http://auth.partner-sso.net/token',"],
      good: [
        "const res = await fetch('https://api.weather.gov/points/39.7,-104.9');",
        "const res = await fetch('http://localhost:3000/health');",
        "$.ajax({\n    url: 'https://auth.partner-sso.net/token',\n    method: 'POST',",
        "const docs = 'fetch(\"http://api.acme.io\")';",
        "const res = await fetch('http://backend:8080/api/orders');",
        "const { data } = await axios.get('http://169.254.169.254/latest/meta-data/iam/security-credentials/');",
      ],
    },
  },
  {
    id: 'js.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bcreateHash\s{0,5}\(\s{0,60}['"](?:[Mm][Dd][45]|[Ss][Hh][Aa]-?1|[Rr][Ii][Pp][Ee][Mm][Dd]160)['"]`,
      String.raw`\bCryptoJS\s{0,60}\.\s{0,5}(?:MD5|SHA1)\s{0,5}\(`,
      String.raw`\b(?:md5|sha1)\s{0,5}\(\s{0,60}[\w$.]{0,100}(?:[Pp]assword|[Pp]asswd|[Pp]wd|[Ss]ecret)`,
    ],
    unless: [NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'md4', 'sha1', 'sha-1', 'ripemd'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for security: collisions are cheap and their hashes of passwords or tokens are quick to crack.',
    examples: {
      bad: [
        "function cacheKey(body) {\n  return body.length;\n}\nconst stored = createHash('md5').update(password).digest('hex');",
        "const hash = crypto.createHash('md5').update(password).digest('hex');",
        "const sig = createHash('sha1').update(payload).digest('hex');",
        'const h = CryptoJS.MD5(password).toString();',
        'const hashed = md5(req.body.password);',
      ],
      good: [
        "function cacheKey(body) {\n  return createHash('md5').update(body).digest('hex');\n}",
        "const hash = crypto.createHash('sha256').update(payload).digest('hex');",
        "const etag = crypto.createHash('md5').update(body).digest('hex');",
        "// createHash('md5') is too weak",
        'const avatarHash = md5(user.email.trim().toLowerCase());',
      ],
    },
  },
  {
    id: 'js.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: JS,
    patterns: [
      // pbkdf2(password, salt, 1000, ...): fewer than 10,000 iterations.
      // Each argument starts with no blank, so the blanks before it are matched one way only.
      String.raw`\bpbkdf2(?:Sync)?\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,99}(?:\([^()\n]{0,60}\))?,\s{0,20}[^\s,()][^,()\n]{0,99}(?:\([^()\n]{0,60}\))?,\s{0,20}\d{1,4}\s{0,5},`,
      // bcrypt's cost under 10: bcrypt.hash(password, 4), bcrypt.genSalt(8), const saltRounds = 1.
      String.raw`\bbcrypt(?:js)?\s{0,5}\.\s{0,5}(?:genSalt(?:Sync)?\s{0,5}\(\s{0,20}|hash(?:Sync)?\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,99},\s{0,20})[1-9]\s{0,5}[,)]`,
      String.raw`\b(?:saltRounds|SALT_ROUNDS|BCRYPT_(?:ROUNDS|COST|SALT_ROUNDS)|bcryptRounds|bcryptCost)\s{0,5}=\s{0,5}[1-9]\s{0,5}(?:[;,\n]|$)`,
    ],
    keywords: ['pbkdf2', 'bcrypt', 'saltrounds', 'salt_rounds'],
    examples: {
      bad: [
        "const key = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');",
        'const hash = bcrypt.hashSync(password, 4);',
        'const saltRounds = 1;\nconst hashed = await bcrypt.hash(password, saltRounds);',
      ],
      good: [
        "const key = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');",
        'const hash = await bcrypt.hash(password, 12);',
        'const saltRounds = 12;',
        'const hash = await bcrypt.hash(password, salt);',
      ],
    },
  },
  {
    id: 'js.kdf-fixed-salt',
    ...FIXED_SALT_RULE,
    languages: JS,
    patterns: [
      // pbkdf2 / scrypt with the salt written in the code: pbkdf2Sync(password, 'salt', ...), scrypt(pw, Buffer.from('x'), 64).
      String.raw`\b(?:pbkdf2|scrypt)(?:Sync|Async)?\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,99}(?:\([^()\n]{0,60}\))?,\s{0,20}(?:Buffer\s{0,5}\.\s{0,5}from\s{0,5}\(\s{0,5})?['"][^'"\n]{0,100}['"]\s{0,5}[,)]`,
    ],
    // A key derived from a server secret (process.env.ENCRYPTION_KEY, MASTER_KEY, config.masterSecret), as Node's own
    // examples do: a random secret needs no salt of its own, there is no table of them to precompute. Only the
    // environment, a constant or a configuration's key or secret: a request's field or a variable named userSecret or
    // passwordKey may hold a password.
    unlessMatch: [
      String.raw`\(\s{0,20}(?:process\s{0,5}\.\s{0,5}env\b|[A-Z][A-Z0-9_]{0,60}(?:KEY|SECRET)\s{0,5},|(?:this\s{0,5}\.\s{0,5})?(?:config|settings|cfg|appConfig)\s{0,5}\.\s{0,5}(?:[A-Za-z]{1,30}\s{0,5}\.\s{0,5}){0,2}(?:master|encryption|signing|secret|app|server|cookie|session|jwt|crypto|cipher|aes|hmac|derivation|data|token)?(?:[Kk]ey|[Ss]ecret|KEY|SECRET)\s{0,5},)`,
    ],
    keywords: ['pbkdf2', 'scrypt'],
    message: 'A salt written in the code is the same for every password, so equal passwords get equal hashes and one precomputed table cracks them all; generate a random salt per password (crypto.randomBytes(16)) and store it with the hash.',
    examples: {
      bad: [
        "const hash = crypto.pbkdf2Sync(password, 'pepper-2019', 310000, 32, 'sha256');",
        "const key = await scryptAsync(passphrase, Buffer.from('static salt'), 32);",
        "const hash = crypto.pbkdf2Sync(req.body.passwordKey, 'salt', 100000, 64, 'sha512');",
        "const hash = crypto.pbkdf2Sync(userSecret, 'salt', 100000, 64, 'sha512');",
        "const hash = crypto.pbkdf2Sync(config.passwordKey, 'salt', 100000, 64, 'sha512');",
      ],
      good: [
        "const salt = crypto.randomBytes(16);\nconst hash = crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256');",
        "const key = crypto.scryptSync(passphrase, user.salt, 32);",
        "const key = crypto.scryptSync(passphrase, Buffer.from(user.salt, 'hex'), 32);",
        "const key = crypto.scryptSync(process.env.ENCRYPTION_KEY, 'salt', 32);",
        "const key = crypto.pbkdf2Sync(config.masterSecret, 'app-encryption', 100000, 32, 'sha256');",
        "const key = crypto.scryptSync(MASTER_KEY, 'salt', 32);",
        "const key = crypto.scryptSync(settings.crypto.encryptionKey, 'v1', 32);",
      ],
    },
  },
  {
    id: 'js.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: JS,
    patterns: [
      String.raw`\bcreateHash\s{0,5}\(\s{0,60}['"][Ss][Hh][Aa]-?(?:224|256|384|512)['"]\s{0,5}\)\s{0,60}\.\s{0,5}update\s{0,5}\(\s{0,60}[\w$.]{0,100}(?:[Pp]assword|[Pp]asswd|[Pp]wd)\b`,
      String.raw`\bCryptoJS\s{0,60}\.\s{0,5}SHA(?:224|256|384|512)\s{0,5}\(\s{0,60}[\w$.]{0,100}(?:[Pp]assword|[Pp]asswd|[Pp]wd)\b`,
    ],
    keywords: ['password', 'passwd', 'pwd'],
    examples: {
      bad: ["const hashed = crypto.createHash('sha256').update(password).digest('hex');", 'const h = CryptoJS.SHA256(user.password).toString();'],
      good: ['const hashed = await bcrypt.hash(password, 12);', "const digest = crypto.createHash('sha256').update(fileBuffer).digest('hex');"],
    },
  },
  {
    id: 'js.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: JS,
    patterns: KEY_CALLS.map(([call, minLength]) => String.raw`${call}${AS_BYTES}['"\x60](?<secret>[^'"\x60\n]{${minLength},200})['"\x60]`),
    matcher: 'not-stand-in',
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        "const cipher = crypto.createCipheriv('aes-256-cbc', 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a', iv);",
        "const signature = crypto.createHmac('sha256', 'whk-9f8e7d6c5b4a3928').update(body).digest('hex');",
        "const decipher = createDecipheriv(ALGORITHM, Buffer.from('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', 'hex'), iv);",
        // Beside a static IV (another weakness on the same line) the key is still reported.
        "const cipher = crypto.createCipheriv('aes-256-cbc', 'Qm7vX2pL9sKd4TzR8wYc1Nb6Hj3Fg5Ea', '1234567890123456');",
        "const encrypted = CryptoJS.AES.encrypt(JSON.stringify(data), 'my-secret-passphrase').toString();",
        "const signature = crypto.createHmac('sha256', 'secret').update(body).digest('hex');",
      ],
      good: [
        "const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "const signature = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');",
        "const cipher = crypto.createCipheriv('aes-256-gcm', 'your-32-byte-encryption-key-here', iv);",
        "const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY, 'hex'), iv);",
        "const encrypted = CryptoJS.AES.encrypt(JSON.stringify(data), process.env.PASSPHRASE).toString();",
        "const secretKey = crypto.createHmac('sha256', 'WebAppData').update(botToken).digest();",
      ],
    },
  },
  {
    id: 'js.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: JS,
    patterns: [...KEY_CALLS.map(([call]) => call), JWT_KEY_CALL].map((call) => String.raw`${call}${AS_BYTES}${VARIABLE}\s{0,5}[,)]`),
    keywords: [...KEY_CALL_KEYWORDS, 'jwt', 'jsonwebtoken'],
    examples: {
      bad: [
        "const key = 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a';\nconst iv = crypto.randomBytes(16);\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "const WEBHOOK_SECRET = 'whk-9f8e7d6c5b4a3928';\nconst signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');",
        "const jwtSecret = 'k8Jd92hdQxz-signing';\nconst token = jwt.sign({ id: user.id }, jwtSecret, { expiresIn: '1h' });",
        "const PASSPHRASE = 'k8Jd92hdQxz-passphrase';\nconst encrypted = CryptoJS.AES.encrypt(message, PASSPHRASE).toString();",
      ],
      good: [
        "const key = Buffer.from(process.env.DATA_KEY, 'hex');\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "const key = 'your-32-byte-encryption-key-here';\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "let key = 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a';\nkey = await loadKey();\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;\nconst signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');",
        "const secret = 'v1-signing-prefix' + process.env.SIGNING_SECRET;\nconst signature = crypto.createHmac('sha256', secret).update(body).digest('hex');",
        "const label = 'WebAppData';\nconst secretKey = crypto.createHmac('sha256', label).update(botToken).digest();",
      ],
    },
  },
  {
    id: 'js.static-iv',
    ...STATIC_IV_RULE,
    languages: JS,
    patterns: [
      // createCipheriv(alg, key, Buffer.alloc(16, 0)) or a literal IV; const iv = Buffer.from('0123456789abcdef')
      // Each argument starts with no blank, so the blanks before it are matched one way only.
      String.raw`\bcreateCipheriv\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,59},\s{0,20}[^\s,()][^,()\n]{0,99},\s{0,20}(?:Buffer\s{0,5}\.\s{0,5}(?:alloc\s{0,5}\(\s{0,20}\d{1,3}\s{0,5}(?:,\s{0,20}0\s{0,5})?\)|from\s{0,5}\(\s{0,20}['"\x60])|['"\x60])`,
      // A literal IV, or one filled with zeros on purpose (Buffer.alloc(16) alone is often filled at random next).
      String.raw`\b(?:iv|IV|nonce|NONCE)\s{0,5}=\s{0,5}Buffer\s{0,5}\.\s{0,5}(?:from\s{0,5}\(\s{0,20}['"\x60]|alloc\s{0,5}\(\s{0,20}\d{1,3}\s{0,5},\s{0,20}0\s{0,5}\))`,
    ],
    keywords: ['createcipheriv', 'iv =', 'iv=', 'nonce'],
    examples: {
      bad: ["const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));", "const iv = Buffer.from('1234567890123456');", 'const iv = Buffer.alloc(16, 0);'],
      good: [
        "const iv = crypto.randomBytes(16);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);", "const iv = Buffer.from(payload.iv, 'base64');",
        'const iv = Buffer.alloc(16);\ncrypto.randomFillSync(iv);',
      ],
    },
  },
  {
    id: 'js.weak-cipher',
    title: 'Avoid legacy ciphers, ECB mode and createCipher()',
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bcreate(?:Cipher|Decipher)\s{0,5}\(`,
      String.raw`\bcreate(?:Cipheriv|Decipheriv)\s{0,5}\(\s{0,60}['"](?:[Dd][Ee][Ss](?:3|-ede3?)?|[Rr][Cc][24]|bf|blowfish|cast5?|idea|seed)(?:-[A-Za-z0-9]{1,100})?['"]`,
      String.raw`\bcreate(?:Cipheriv|Decipheriv)\s{0,5}\(\s{0,60}['"][A-Za-z]{1,60}(?:-\d{1,10})?-[Ee][Cc][Bb]['"]`,
      String.raw`\bCryptoJS\s{0,60}\.\s{0,5}(?:DES|TripleDES|RC4|RC4Drop|Rabbit)\s{0,60}\.\s{0,5}(?:encrypt|decrypt)\s{0,5}\(`,
      String.raw`\bmode\s{0,5}:\s{0,60}CryptoJS\s{0,60}\.\s{0,5}mode\s{0,60}\.\s{0,5}ECB\b`,
    ],
    keywords: ['cipher', 'cryptojs'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'This cipher setup is weak: DES, RC4 and Blowfish are breakable, ECB leaks patterns, and createCipher() derives its key with MD5 and no IV.',
    examples: {
      bad: [
        "const cipher = crypto.createCipher('aes-256-cbc', password);",
        "const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);",
        "const cipher = crypto.createCipheriv('aes-128-ecb', key, null);",
        'const enc = CryptoJS.DES.encrypt(text, key);',
        'const enc = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB });',
      ],
      good: [
        "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
        "const enc = CryptoJS.AES.encrypt(text, key);",
        "// createCipher('aes-256-cbc', pw) is deprecated",
      ],
    },
  },
  {
    id: 'js.math-random-token',
    title: 'Use a CSPRNG for tokens, ids and secrets',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`${SECRET_NAME}\s{0,5}(?:\+?=|:)[^;\n=:]{0,200}?\bMath\s{0,60}\.\s{0,5}random\b`,
      String.raw`\b(?:sid|iv|pin)\s{0,5}(?:\+?=|:)[^;\n=:]{0,200}?\bMath\s{0,60}\.\s{0,5}random\b`,
      String.raw`${SECRET_NAME}\s{0,5}=\s{0,60}(?:async\s{1,5})?\([^()\n]{0,200}\)\s{0,5}=>[^;\n{}=]{0,200}?\bMath\s{0,60}\.\s{0,5}random\b`,
      String.raw`${SECRET_NAME}(?:\s{0,5}=\s{0,60}(?:async\s{1,5})?function\b[^{}()\n=]{0,200}\([^()\n]{0,200}\)|\s{0,5}\([^()\n]{0,200}\))[^{}()\n;=]{0,200}\{\s{0,60}return\s[^;\n{}]{0,200}?\bMath\s{0,60}\.\s{0,5}random\b`,
      // A time-based v1 UUID (the uuid package's v1()) is guessable from the time it was made.
      String.raw`\b\w{0,60}(?:token|secret|nonce|otp|csrf|xsrf|session_?id|api_?key|reset_?code|verification_?code|invite_?code)\s{0,5}(?:=|:)\s{0,60}(?:uuid\s{0,5}\.\s{0,5})?(?:uuidv1|uuidV1|v1)\(\s{0,5}\)`,
    ],
    ignoreCase: true,
    keywords: ['math.random', 'v1('],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'Math.random() and time-based v1 UUIDs are predictable, so a token, id or secret made from them can be guessed; use crypto.randomBytes or crypto.randomUUID.',
    examples: {
      bad: [
        'const token = Math.random().toString(36).slice(2);',
        "const resetToken = 'rt_' + Math.floor(Math.random() * 1e9);",
        'function generateSessionId() {\n  return Date.now().toString(36) + Math.random().toString(36).slice(2);\n}',
        'const makeApiKey = () => Math.random().toString(36).substring(2, 15);',
        'session.sid = Date.now() + Math.random();',
        'const inviteToken = uuid.v1();',
      ],
      good: [
        "const token = require('node:crypto').randomBytes(32).toString('hex');",
        'const delay = 100 + Math.random() * 400;',
        'const color = COLORS[Math.floor(Math.random() * COLORS.length)];',
        '<Item key={Math.random()} />',
        'const tokenCount = tokens.length;',
        'const inviteToken = uuid.v4();',
        'const requestId = uuid.v1();',
      ],
    },
  },
  {
    id: 'js.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: JS,
    patterns: [
      String.raw`\b${SECRET_OPERAND}\s{0,4}[!=]==?\s{0,4}${PLAIN_OPERAND}${OPERAND_END}`,
      String.raw`(?:\b[A-Za-z_$][\w$]{0,60}|[\])])\s{0,4}[!=]==?\s{0,4}${SECRET_OPERAND}${OPERAND_END}`,
      // A secret from the request or the environment: req.headers['x-api-key'] !== process.env.API_KEY.
      String.raw`(?:${JS_SECRET_INPUT}|${JS_SECRET_SETTING})\s{0,4}[!=]==?\s{0,4}(?:${PLAIN_OPERAND}${OPERAND_END}|${JS_BUILT_STRING})`,
      String.raw`(?:\b${PLAIN_OPERAND}|[\])])\s{0,4}[!=]==?\s{0,4}(?:${JS_SECRET_INPUT}|${JS_SECRET_SETTING})${OPERAND_END}`,
      // An HMAC computed in place: crypto.createHmac('sha256', secret).update(body).digest('hex') === received.
      String.raw`${JS_COMPUTED_MAC}\s{0,4}[!=]==?\s{0,4}${PLAIN_OPERAND}${OPERAND_END}`,
      String.raw`(?:\b${PLAIN_OPERAND}|[\])])\s{0,4}[!=]==?\s{0,4}${JS_COMPUTED_MAC_CALL}`,
    ],
    // URL fragments, parser and AST tokens (eslint's sourceCode, TypeScript's SyntaxKind) are not secrets.
    unless: [
      String.raw`\blocation\s{0,60}\.\s{0,5}hash\b`,
      String.raw`\btimingSafeEqual\b`,
      String.raw`\b(?:sourceCode|SyntaxKind|tokTypes|TokenType|tt)\s{0,60}\.|\bget(?:First|Last)Token|\bgetToken(?:Before|After)\b`,
      // Change detection (React's componentDidUpdate, watchers, a reloaded configuration) compares old and new
      // values, not a guess.
      String.raw`\bprev(?:ious)?(?:Props|State)\b`,
      FIELD_EQUALITY,
      // A submitted password against the stored one is js.plaintext-password-compare's.
      PLAINTEXT_PASSWORD_COMPARED,
    ],
    unlessMatch: [
      String.raw`[!=]=\s{0,60}(?:null|undefined|true|false|NaN|void|typeof)\b`,
      String.raw`^(?:null|undefined|true|false|NaN|typeof)\b`,
      ...NOT_SECRET_COMPARED,
      ENUM_VALUE,
      KNOWN_VALUE_CONSTANT,
      PASSWORD_CONFIRMATION,
    ],
    keywords: [
      'pass', 'secret', 'signature', 'digest', 'hmac', 'apikey', 'api_key',
      'token =', 'token !', '= token', 'token=', 'token!', '=token', 'token  =', '=  token',
      'hash =', 'hash !', '= hash', 'hash=', 'hash!', '=hash', 'hash  =', '=  hash',
      // A request's parameter or header named for a secret ('x-auth-token', 'sig'), an environment secret.
      "token'", 'token"', "sig'", 'sig"', 'api-key', 'authorization', 'TOKEN', 'createhmac',
    ],
    // Secret words are everywhere in auth code; only lines that also compare are worth the patterns.
    requires: ['==', '!='],
    message: 'Comparing a secret with == or === stops at the first differing character, so response times can reveal the secret; use crypto.timingSafeEqual.',
    examples: {
      bad: [
        'if (req.headers["x-api-key"] === apiKey) next();',
        'if (signature !== expectedSignature) return res.sendStatus(401);',
        'return user.passwordHash === hash;',
        'const ok = token == session.csrfToken;',
        'if (hash !== computeHash(password, user.salt)) throw new Error("denied");',
        "if (req.headers['x-api-key'] !== process.env.API_KEY) return res.sendStatus(401);",
        "if (req.header('X-Api-Key') != API_KEY) return res.status(403).end();",
        'if (req.headers.authorization !== `Bearer ${process.env.API_TOKEN}`) return res.sendStatus(401);',
        "if (expected !== req.get('X-Hub-Signature-256')) return res.sendStatus(401);",
        "if (crypto.createHmac('sha256', key).update(body).digest('hex') !== received) return res.sendStatus(401);",
        "if (received === crypto.createHmac('sha256', key).update(body).digest('base64')) next();",
        "if (req.headers['x-api-key'] !== Config.API_KEY) return res.sendStatus(401);",
      ],
      good: [
        'const s = z.object({ newPassword: z.string(), confirm: z.string() }).refine((d) => d.newPassword === d.confirm);',
        'if (crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature))) next();',
        'if (token === null) return;',
        "if (typeof token === 'string') parse(token);",
        "if (token.type === 'Punctuator') skip();",
        'if (token === closingToken) break;',
        "if (location.hash !== hash) location.hash = hash;",
        'if (prevProps.accessToken !== this.props.accessToken) this.load();',
        "if (req.headers['x-api-key'] === undefined) return res.sendStatus(401);",
        "if (req.headers.authorization === '') return next();",
        "if (typeof req.query.token === 'string') check(req.query.token);",
        'if (crypto.timingSafeEqual(Buffer.from(req.get("X-Api-Key")), Buffer.from(process.env.API_KEY))) next();',
        'if (authType === AuthType.API_KEY) headers.set("x-api-key", key);',
        "if (req.headers['x-api-key-name'] === headerName) next();",
        'if (config.API_KEY == prevConfig.API_KEY) return;',
        'if (process.env.SESSION_SECRET === DEFAULT_SESSION_SECRET) throw new Error("set SESSION_SECRET");',
        'if (password === confirmPassword) { save(); }',
        "if (typeof password !== 'string') { throw new TypeError('password must be a string'); }",
        'if (req.body.password !== req.body.confirmPassword) return res.status(400).end();',
        "const mac = crypto.createHmac('sha256', key).update(body).digest('hex');",
      ],
    },
  },
  {
    id: 'js.plaintext-password-compare',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: JS,
    patterns: [
      // A submitted password against a stored one: req.body.password === user.password, user.password !== password.
      String.raw`${SUBMITTED_PASSWORD}\s{0,4}[!=]==?\s{0,4}${STORED_PASSWORD}${OPERAND_END}`,
      String.raw`${STORED_PASSWORD}\s{0,4}[!=]==?\s{0,4}${SUBMITTED_PASSWORD}${OPERAND_END}`,
    ],
    // Two values from the request (body.password against query.password) are no stored password.
    unlessMatch: [
      String.raw`^(?:body|query|params|form|input|fields|values|args)\s{0,5}\??\.|[!=]=\s{0,4}(?:body|query|params|form|input|fields|values|args)\s{0,5}\??\.`,
    ],
    keywords: ['pass', 'pwd'],
    requires: ['==', '!='],
    examples: {
      bad: [
        'if (pass !== user.password) return fail();',
        'if (req.body.password === user.password) return res.json({ token });',
        "if (!user || user.password !== password) throw new Error('Invalid credentials');",
        'const valid = rows[0].password === password;',
        "if (!user || user.password !== req.body.password) return res.status(401).send('Invalid');",
      ],
      good: [
        'if (await bcrypt.compare(password, user.password)) next();',
        'if (password === confirmPassword) { save(); }',
        "if (typeof password !== 'string') { throw new TypeError('password must be a string'); }",
        'if (this.password === other.password) return true;',
        'if (req.body.password !== req.query.password) return res.status(400).end();',
        'if (user.passwordHash === hash) next();',
      ],
    },
  },
  {
    id: 'js.pseudo-random-bytes',
    title: 'Use crypto.randomBytes, not pseudoRandomBytes',
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bpseudoRandomBytes\s*\(`],
    keywords: ['pseudorandombytes'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'crypto.pseudoRandomBytes is a deprecated alias with no security guarantee, so values made with it must not protect anything.',
    examples: {
      bad: ['const salt = crypto.pseudoRandomBytes(16);'],
      good: ['const salt = crypto.randomBytes(16);', '// pseudoRandomBytes(16) is deprecated'],
    },
  },
  {
    id: 'js.tls-reject-unauthorized',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: JS,
    patterns: [
      String.raw`\brejectUnauthorized['"]?\s{0,5}:\s{0,60}false\b`,
      String.raw`\bstrictSSL['"]?\s{0,5}:\s{0,60}false\b`,
      String.raw`\bcheckServerIdentity\s{0,5}:\s{0,60}(?:\(\s{0,60}\)\s{0,5}=>\s{0,60}(?:undefined|null|\{\s{0,60}\})|function\s{0,5}\(\s{0,60}\)\s{0,5}\{\s{0,60}(?:return(?:\s{1,5}undefined|\s{1,5}null)?\s{0,5};\s{0,5})?\})`,
    ],
    keywords: ['rejectunauthorized', 'strictssl', 'checkserveridentity'],
    examples: {
      bad: [
        'const agent = new https.Agent({ rejectUnauthorized: false });',
        "request({ url, strictSSL: false }, cb);",
        'tls.connect({ host, port, checkServerIdentity: () => undefined });',
      ],
      good: ['const agent = new https.Agent({ rejectUnauthorized: true, ca });', '// rejectUnauthorized: false only in tests', "request({ url, strictSSL: true }, cb);"],
    },
  },
  {
    id: 'js.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: JS,
    patterns: [
      String.raw`\bsecureProtocol\s{0,5}:\s{0,60}['"](?:SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method['"]`,
      String.raw`\b(?:minVersion|maxVersion)\s{0,5}:\s{0,60}['"](?:SSLv3|TLSv1|TLSv1\.1)['"]`,
    ],
    keywords: ['secureprotocol', 'minversion', 'maxversion'],
    examples: {
      bad: ["const ctx = tls.createSecureContext({ secureProtocol: 'TLSv1_method' });", "https.createServer({ key, cert, minVersion: 'TLSv1' }, app);"],
      good: ["https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);", "const ctx = tls.createSecureContext({ secureProtocol: 'TLS_method' });"],
    },
  },
  {
    id: 'js.tls-reject-env',
    ...TLS_VERIFICATION_DISABLED_RULE,
    title: 'Do not set NODE_TLS_REJECT_UNAUTHORIZED=0',
    languages: JS,
    patterns: [
      String.raw`\bprocess\s*\.\s*env\s*(?:\.\s*NODE_TLS_REJECT_UNAUTHORIZED|\[\s*['"]NODE_TLS_REJECT_UNAUTHORIZED['"]\s*\])\s*=\s*['"]?0['"]?`,
      String.raw`\bNODE_TLS_REJECT_UNAUTHORIZED\s*:\s*['"]?0\b`,
    ],
    keywords: ['node_tls_reject_unauthorized'],
    message: 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every TLS connection the process makes.',
    examples: {
      bad: ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;", "spawn('node', ['app.js'], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });"],
      good: ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';", "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();"],
    },
  },
  {
    id: 'js.jwt-none-algorithm',
    ...JWT_NONE_ALGORITHM_RULE,
    languages: JS,
    patterns: [String.raw`\balgorithms?\s*:\s*(?:\[[^\]:\n]*?)?['"](?:none|None|NONE)['"]`],
    keywords: ['none'],
    examples: {
      bad: ["jwt.verify(token, secret, { algorithms: ['HS256', 'none'] });", "const token = jwt.sign(payload, '', { algorithm: 'none' });"],
      good: ["jwt.verify(token, secret, { algorithms: ['HS256'] });", "const opts = { algorithm: 'RS256', expiresIn: '1h' };"],
    },
  },
  {
    id: 'js.jwt-decode-without-verify',
    ...JWT_SIGNATURE_UNCHECKED_RULE,
    languages: JS,
    // decode() also reads tokens the code just verified or issued itself (an expiry before a refresh).
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:jwt|jsonwebtoken)\s*\.\s*decode\s*\(`,
      // A browser-side decoder (jwt-decode, jose's decodeJwt) or a hand-decoded payload segment, whose claims then
      // let a server request through: they become req.user, or next() follows. Reading a name or an expiry for the
      // page to show is no decision.
      String.raw`(?<report>\b(?:jwtDecode|jwt_decode|decodeJwt)\s{0,5}(?:<[^<>\n]{1,60}>\s{0,5})?\([^()\n]{1,100}\))${JWT_CLAIMS_TRUSTED}`,
      String.raw`(?<report>\bJSON\s{0,5}\.\s{0,5}parse\s{0,5}\(\s{0,5}(?:atob|Buffer\s{0,5}\.\s{0,5}from)\s{0,5}\(\s{0,5}[\w$.]{1,60}\s{0,5}\.\s{0,5}split\s{0,5}\(\s{0,5}['"]\.['"]\s{0,5}\)\s{0,5}\[\s{0,5}1\s{0,5}\])${JWT_CLAIMS_TRUSTED}`,
    ],
    unless: [String.raw`\bverify\s*\(`],
    keywords: ['decode', "split('.')", 'split(".")'],
    reach: 'block',
    examples: {
      bad: [
        'const user = jwt.decode(req.headers.authorization.split(" ")[1]);',
        'const decoded = jwtDecode(token);\nreq.user = decoded;\nnext();',
        "const user = JSON.parse(Buffer.from(token.split('.')[1], 'base64').toString());\nif (user.isAdmin) next();",
      ],
      good: [
        'const user = jwt.verify(token, process.env.JWT_SECRET);',
        'const payload = jwtDecode(token); // client-side display only',
        'const claims = jwtDecode(token);\nsetUserName(claims.name);',
        "const exp = JSON.parse(atob(token.split('.')[1])).exp;\nif (exp * 1000 < Date.now()) refresh();",
        'const claims = jwt.verify(token, key);\nreq.user = claims;\nnext();',
      ],
    },
  },
  {
    id: 'js.jwt-ignore-expiration',
    ...JWT_EXPIRY_UNCHECKED_RULE,
    languages: JS,
    patterns: [String.raw`\bignoreExpiration\s*:\s*true\b`],
    keywords: ['ignoreexpiration'],
    examples: {
      bad: ['const claims = jwt.verify(token, key, { ignoreExpiration: true });'],
      good: ["const claims = jwt.verify(token, key, { maxAge: '1h' });", 'const claims = jwt.verify(token, key, { ignoreExpiration: false });'],
    },
  },
  {
    id: 'js.jwt-no-expiry',
    ...JWT_EXPIRY_UNCHECKED_RULE,
    title: 'Give JWTs an expiry',
    severity: 'info',
    confidence: 'medium',
    // jsonwebtoken's sign with a literal payload and no options: it adds no exp claim unless asked.
    patterns: [String.raw`\bjwt\s{0,5}\.\s{0,5}sign\s{0,5}\(\s{0,60}\{[^{}\n]{0,300}\}\s{0,5},\s{0,60}[\w$.]{1,100}(?:\s{0,5}\[[^\]\n]{1,60}\])?\s{0,5}\)`],
    unless: [String.raw`\bexp\s{0,5}:`],
    languages: JS,
    keywords: ['jwt.sign', 'jwt .sign'],
    message: 'This token never expires: jsonwebtoken adds an exp claim only when asked, so a stolen token works for as long as the key does; pass { expiresIn: \'15m\' } and renew tokens with a refresh flow.',
    examples: {
      bad: ['const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET);', 'return jwt.sign({ sub: account.id }, config.jwt.secret)'],
      good: [
        "const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });",
        'const token = jwt.sign({ id: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, process.env.JWT_SECRET);',
        'const token = jwt.sign(payload, process.env.JWT_SECRET);',
      ],
    },
  },
  {
    id: 'js.jwt-hardcoded-secret',
    ...HARDCODED_KEY_RULE,
    title: 'Do not hard-code the JWT signing secret',
    languages: JS,
    patterns: [String.raw`${JWT_KEY_CALL}['"](?<secret>[^'"\n]{3,300})['"]`],
    matcher: 'not-stand-in',
    // Formatters put a payload object and the secret on lines of their own.
    reach: 'block',
    keywords: ['jwt', 'jsonwebtoken'],
    message: 'A signing secret written in the code is readable by anyone with the source, who can then mint valid tokens.',
    examples: {
      bad: [
        "const token = jwt.sign({ id: user.id }, 'sup3r-s3cr3t-k3y', { expiresIn: '1h' });", "const decoded = jwt.verify(token, 'secret');",
        'const token = jwt.sign(\n  { sub: user.id, role: user.role },\n  "my-super-secret-jwt-key-2024",\n  { expiresIn: "7d" },\n);',
      ],
      good: ["const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });", "const token = jwt.sign({ id }, 'your-secret-key');"],
    },
  },
  {
    id: 'js.proto-key-from-request',
    title: 'Do not use request values as object keys in assignments',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // Both patterns keep to one line, so that the rule looks only at the line of each indexed assignment.
      String.raw`\b[A-Za-z_]\w{0,60}[ \t]{0,5}\[[ \t]{0,5}${REQ}(?:\.[\w$]{1,60}|\[[^\[\]\n]{1,100}\])?[ \t]{0,5}\][ \t]{0,5}(?:\[[^\[\]\n]{1,100}\][ \t]{0,5})?=(?:[^=\n]|$)`,
      // The key in a variable read from the request: const { key, value } = req.body; store[key] = value. Only the
      // keys are checked (the group): a request object indexed by a loop counter (tags[i] = ...) sets no prototype.
      String.raw`\b[A-Za-z_]\w{0,60}[ \t]{0,5}\[[ \t]{0,5}(?<secret>${VARIABLE}(?:[ \t]{0,5}\][ \t]{0,5}\[[ \t]{0,5}${VARIABLE})?)[ \t]{0,5}\] ?=(?:[^=>\n]|$)`,
    ],
    matcher: 'request-input',
    keywords: [...REQUEST_DATA_KEYWORDS, '] =', ']='],
    scope: 'code',
    lesson: 'prototype-pollution',
    cwe: ['CWE-1321'],
    owasp: 'A08:2021',
    message: 'A key taken from the request can be __proto__ or constructor, so this assignment can change the prototype of every object.',
    examples: {
      bad: [
        'settings[req.body.key] = req.body.value;',
        'store[req.params.section][req.params.field] = value;',
        'const { name, setting } = req.body;\nprefs[name] = setting;',
      ],
      good: [
        'if (ALLOWED_KEYS.has(req.body.key)) settings.set(req.body.key, req.body.value);',
        'const value = settings[req.query.key];',
        'const name = FIELDS[0];\nprefs[name] = req.body.setting;',
        'const { name, setting } = req.body;\nconst current = prefs[name];',
        'const { tags } = req.body;\nfor (let i = 0; i < tags.length; i++) tags[i] = tags[i].trim();',
      ],
    },
  },
  {
    id: 'js.merge-request-body',
    title: 'Do not deep-merge request data into objects',
    languages: JS,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:merge|mergeWith|defaultsDeep|deepmerge|deepMerge|deepExtend|extend|setWith|zipObjectDeep|(?:_|lodash|dot|dotProp|dottie|objectPath|jsonpointer)\s{0,60}\.\s{0,5}(?:set|put)|Object\s{0,60}\.\s{0,5}assign)\s{0,5}\([^;()\n]{0,200}?(?:JSON\s{0,5}\.\s{0,5}parse\s{0,5}\(\s{0,5})?${REQ}`,
      // A path or key held in a variable read from the request: const { path, value } = req.body; _.set(obj, path, value).
      // Only the path is checked (the group): setting a safe path on an object from the request pollutes nothing.
      String.raw`\b(?:(?:_|lodash|dot|dotProp|dottie|objectPath|jsonpointer)\s{0,5}\.\s{0,5}(?:set|put)|setWith)\s{0,5}\(\s{0,5}[\w$.]{1,100}\s{0,5},\s{0,5}(?<secret>${VARIABLE})\s{0,5},`,
    ],
    matcher: 'request-input',
    keywords: [...REQUEST_DATA_KEYWORDS, '.set(', '.put(', 'setwith'],
    scope: 'code',
    lesson: 'prototype-pollution',
    cwe: ['CWE-1321'],
    owasp: 'A08:2021',
    message: 'Merging request data or setting paths from it lets a __proto__ key change the prototype of your objects, or of every object in the process.',
    examples: {
      bad: [
        'const config = _.merge({}, defaults, req.body);',
        '$.extend(true, settings, req.body.settings);',
        '_.set(profile, req.body.path, req.body.value);',
        'dotProp.set(settings, req.body.key, req.body.value);',
        'Object.assign(user, req.body);',
        'const prefs = _.merge({}, DEFAULT_PREFS, JSON.parse(req.cookies.prefs));',
        'const { field, val } = req.body;\nlodash.set(profile, field, val);',
      ],
      good: [
        'const config = { ...defaults, name: String(req.body.name) };',
        "res.set('Cache-Control', 'no-store');",
        'const config = _.merge({}, defaults, overrides);',
        "const field = 'profile.name';\nlodash.set(profile, field, displayName);",
        'const { settings } = req.body;\nfor (const field of FIELDS) _.set(settings, field, defaults[field]);',
      ],
    },
  },
  {
    id: 'js.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: JS,
    // yauzl's entry.fileName, adm-zip's entry.entryName, tar-stream's header.name. (unzipper's entry.path is left
    // out: directory walkers name their entries' paths the same way.)
    patterns: [String.raw`\bpath\s{0,60}\.\s{0,5}(?:join|resolve)\s{0,5}\([^;\n]{0,100}\b(?:\w{0,30}[Ee]ntry\w{0,30}\s{0,60}\.\s{0,5}(?:fileName|entryName)|header\s{0,60}\.\s{0,5}name)\b`],
    keywords: ['path.join', 'path.resolve'],
    examples: {
      bad: ["zip.on('entry', (entry) => {\n  const target = path.join(outDir, entry.fileName);\n  fs.mkdirSync(path.dirname(target), { recursive: true });"],
      good: [
        "const target = path.resolve(outDir, entry.fileName);\nif (!target.startsWith(path.resolve(outDir) + path.sep)) throw new Error('outside: ' + entry.fileName);",
        'const target = path.join(outDir, path.basename(name));',
      ],
    },
  },
  {
    id: 'js.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: JS,
    patterns: [
      // Model.create(req.body), Model.findByIdAndUpdate(id, req.body), prisma.user.create({ data: req.body }), $set: req.body
      // The first argument starts with no blank, so the blanks before it are matched one way only.
      String.raw`\.\s{0,5}(?:create|bulkCreate|build|insert(?:One|Many)?|update(?:One|Many)?|findByIdAndUpdate|findOneAndUpdate|upsert)\s{0,5}\(\s{0,20}(?:[^\s,()][^,()\n]{0,59},\s{0,20})?(?:\{\s{0,5}\$set\s{0,5}:\s{0,5})?(?:req|request|ctx\s{0,5}\.\s{0,5}request)\s{0,5}\.\s{0,5}body\s{0,5}[,)}]`,
      String.raw`\bnew\s{1,5}[A-Z][\w$]{0,60}\s{0,5}\(\s{0,20}(?:req|request|ctx\s{0,5}\.\s{0,5}request)\s{0,5}\.\s{0,5}body\s{0,5}\)`,
      // Prisma's data, first or after its where: prisma.user.update({ where: { id }, data: req.body }).
      // Formatters put `data:` on a line of its own; a spread copies every field too (data: { ...req.body, password }).
      String.raw`\.\s{0,5}(?:create|update|upsert)(?:Many)?\s{0,5}\(\s{0,20}\{\s{0,20}(?:[^;\n]{0,200}?[\s,])?data\s{0,5}:\s{0,5}(?:\{\s{0,5}\.\.\.\s{0,5})?(?:req|request|ctx\s{0,5}\.\s{0,5}request)\s{0,5}\.\s{0,5}body\s{0,5}[,})]`,
    ],
    // A hash, MAC or cipher fed the raw body: Node's crypto objects have an update() too.
    unless: [String.raw`\bcreate(?:Hmac|Hash|Sign|Verify|Cipheriv|Decipheriv)\s{0,5}\(|\b\w{0,30}(?:[Hh]ash|[Hh]mac|HMAC|[Ss]igner|[Vv]erifier|[Cc]ipher|[Dd]igest)\w{0,10}\s{0,5}\.\s{0,5}update\s{0,5}\(`],
    reach: 'block',
    keywords: ['.body'],
    examples: {
      bad: [
        'const user = await User.create(req.body);',
        'await User.findByIdAndUpdate(req.params.id, req.body);',
        'const post = await prisma.post.create({ data: req.body });',
        'const order = new Order(req.body);',
        'const account = await prisma.account.update({ where: { id: session.accountId }, data: req.body });',
        'const user = await prisma.user.create({\n  data: { ...req.body, password: hashed },\n});',
      ],
      good: [
        'const { name, email } = req.body;\nconst user = await User.create({ name, email });',
        'await User.findByIdAndUpdate(req.params.id, { name: req.body.name });',
        'const parsed = userSchema.parse(req.body);',
        'const account = await prisma.account.update({ where: { id: session.accountId }, data: { name: req.body.name } });',
        "const signature = crypto.createHmac('sha256', secret).update(req.body).digest('hex');",
        "const hmac = crypto.createHmac('sha256', secret);\nhmac.update(req.body);",
      ],
    },
  },
  {
    id: 'js.unsafe-recursive-merge',
    title: 'Guard recursive merges against __proto__ keys',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b\w{0,60}(?:[Mm]erge|[Ee]xtend|[Aa]ssign)(?:Deep|Objects?|Recursive(?:ly)?|With)?\s{0,5}\(\s{0,60}[\w$.]{1,100}\[\s{0,60}[\w$]{1,60}\s{0,5}\](?:\s{0,5}(?:\|\||\?\?)=?\s{0,5}\{\s{0,5}\})?\s{0,5},\s{0,60}[\w$.]{1,100}\[\s{0,60}[\w$]{1,60}\s{0,5}\]\s{0,5}[,)]`,
    ],
    // A merge that builds a new object (result[key] = deepMergeObjects(first[key], second[key])) writes into no
    // existing prototype.
    unless: [
      String.raw`__proto__|\bconstructor\b|hasOwnProperty|\bisSafeKey\b|\bisPrototypePolluted\b`,
      String.raw`\b(?:result|output|merged|copy|clone)\s{0,5}\[[^\]\n]{1,60}\]\s{0,5}=\s{0,5}[\w$.]{0,100}(?:[Mm]erge|[Ee]xtend|[Aa]ssign)`,
    ],
    keywords: ['merge', 'extend', 'assign'],
    // Object.assign is on many lines; a merge of two indexed values needs brackets.
    requires: ['['],
    scope: 'code',
    lesson: 'prototype-pollution',
    cwe: ['CWE-1321'],
    owasp: 'A08:2021',
    message: 'A recursive merge that copies every key follows a __proto__ key into Object.prototype, so skip __proto__, constructor and prototype.',
    examples: {
      bad: [
        'function merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === "object") merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n}',
        'Object.keys(src).forEach((k) => {\n  if (isObject(src[k])) deepMerge(dst[k], src[k]);\n});',
        'for (const k of Object.keys(from)) {\n  if (isPlainObject(from[k])) into[k] = mergeDeep(into[k] || {}, from[k]);\n  else into[k] = from[k];\n}',
        'for (const p in patch) isObj(patch[p]) ? deepMerge(base[p] ??= {}, patch[p]) : (base[p] = patch[p]);',
      ],
      good: [
        'for (const key in source) {\n  if (typeof source[key] === "object" && key !== "__proto__" && key !== "constructor") merge(target[key], source[key]);\n}',
        'const merged = merge(defaults, overrides);',
        'for (const key in source) {\n  target[key] = source[key];\n}',
        'for (const key of keys) {\n  if (Object.prototype.propertyIsEnumerable.call(first, key)) {\n    result[key] = deepMergeObjects(first[key], second[key]);\n  }\n}',
      ],
    },
  },
  {
    id: 'js.cors-credentials-any-origin',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: JS,
    patterns: [
      String.raw`\borigin\s{0,5}:\s{0,60}(?:['"]\*['"]|true)\s{0,60},${across(':}')}{0,1000}?\bcredentials\s{0,5}:\s{0,60}true\b`,
      String.raw`\bcredentials\s{0,5}:\s{0,60}true\s{0,5},${across(':}')}{0,1000}?\borigin\s{0,5}:\s{0,60}(?:['"]\*['"]|true)`,
      // An origin callback that allows every origin: origin: (origin, callback) => callback(null, true), or that
      // hands the request's origin back (callback(null, requestOrigin), cb(null, o)); not a list or false.
      String.raw`\borigin\s{0,5}:\s{0,5}\([^()\n]{0,60}\)\s{0,5}=>\s{0,60}[\w$]{1,30}\s{0,5}\(\s{0,60}null\s{0,5},\s{0,60}(?:true|[\w$]{0,30}[Oo]rigin|[A-Za-z_$])\s{0,5}\)\s{0,5},${across(':}')}{0,1000}?\bcredentials\s{0,5}:\s{0,60}true\b`,
      String.raw`\bcredentials\s{0,5}:\s{0,60}true\s{0,5},${across(':}')}{0,1000}?\borigin\s{0,5}:\s{0,5}\([^()\n]{0,60}\)\s{0,5}=>\s{0,60}[\w$]{1,30}\s{0,5}\(\s{0,60}null\s{0,5},\s{0,60}(?:true|[\w$]{0,30}[Oo]rigin|[A-Za-z_$])\s{0,5}\)`,
    ],
    keywords: ['credentials'],
    reach: 'block',
    examples: {
      bad: [
        'app.use(cors({ origin: true, credentials: true }));',
        "app.use(cors({\n  credentials: true,\n  origin: '*',\n}));",
        'app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true }));',
        'app.use(cors({ credentials: true, origin: (origin, cb) => cb(null, true) }));',
        'app.use(cors({ origin: (requestOrigin, done) => done(null, requestOrigin), credentials: true }));',
        'app.use(cors({ origin: (o, cb) => cb(null, o), credentials: true }));',
      ],
      good: [
        'app.use(cors({ origin: (origin, cb) => cb(null, allowlist.includes(origin)), credentials: true }));',
        'app.use(cors({ origin: (origin, cb) => cb(null, allowedOrigins), credentials: true }));',
        'app.use(cors({ origin: (origin, cb) => cb(null, false), credentials: true }));',
        "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
        "app.use(cors({ origin: '*' }));",
      ],
    },
  },
  {
    id: 'js.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: JS,
    patterns: [
      // A value, or a variable that a fallback may follow (origin || '*').
      String.raw`\b(?:setHeader|header|set|append)\s{0,5}\(\s{0,60}['"]Access-Control-Allow-Origin['"]\s{0,5},\s{0,60}(?:${REQ}|${JS_HEADER_READ}|${VARIABLE}\s{0,5}(?:\)|\|\||\?\?))`,
      // The headers given as an object: res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin }).
      String.raw`[{,]\s{0,60}['"]Access-Control-Allow-Origin['"]\s{0,5}:\s{0,60}(?:${REQ}|${JS_HEADER_READ}|${VARIABLE}\s{0,5}(?:[,}]|\|\||\?\?))`,
    ],
    examples: {
      bad: [
        "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
        "ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));",
        "const origin = req.get('origin');\nres.header('Access-Control-Allow-Origin', origin);\nres.header('Access-Control-Allow-Credentials', 'true');",
        "const origin = req.headers.origin;\nres.setHeader('Access-Control-Allow-Origin', origin || '*');",
        "res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, 'Content-Type': 'application/json' });",
      ],
      good: [
        "res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');",
        "const origin = req.get('origin');\nif (ALLOWED_ORIGINS.includes(origin)) res.header('Access-Control-Allow-Origin', origin);",
        "const origin = config.corsOrigin;\nres.setHeader('Access-Control-Allow-Origin', origin);",
        "if (allowedOrigins.includes(req.headers.origin)) {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n}",
        "res.writeHead(200, { 'Access-Control-Allow-Origin': ALLOWED_ORIGIN, 'Content-Type': 'application/json' });",
      ],
    },
  },
  {
    id: 'js.insecure-cookie',
    ...INSECURE_COOKIE_RULE,
    languages: JS,
    patterns: [
      String.raw`\bhttpOnly\s{0,5}:\s{0,60}false\b`,
      String.raw`\bcookie\s{0,5}:\s{0,60}\{${across(';{}')}{0,1000}?\bsecure\s{0,5}:\s{0,60}false\b`,
      // (The value may be a call without arguments: req.csrfToken().)
      String.raw`\.cookie\s{0,5}\((?:[^;()\n]|\n|\(\)){0,1000}?\bsecure\s{0,5}:\s{0,60}false\b`,
    ],
    // A cookie being cleared. (A CSRF token cookie needs Secure as much as any other.)
    unlessMatch: [DELETED_COOKIE],
    // HttpOnly left off a cookie scripts must read (XSRF-TOKEN, theme) on purpose; Secure is still reported.
    matcher: 'http-only-needed',
    keywords: ['httponly', 'cookie'],
    reach: 'block',
    examples: {
      bad: [
        "res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: false });",
        "res.cookie('session', id, { httpOnly: false });",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false } }));",
        "res.cookie('sid', id, {\n  sameSite: 'lax',\n  secure: false,\n});",
        "res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: false });",
      ],
      good: [
        "res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: true, sameSite: 'strict' });",
        "res.cookie('session', id, { httpOnly: true, secure: true, sameSite: 'lax' });",
        'const transporter = nodemailer.createTransport({ host, port: 587, secure: false });',
        "res.cookie('token', '', { maxAge: 0, secure: false });",
      ],
    },
  },
  {
    id: 'js.token-in-web-storage',
    title: 'Keep session tokens out of localStorage',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    // A key that names a session token or JWT (ending so: accessToken, jwt, session_id; not tokenExpiresAt).
    patterns: [
      String.raw`\b(?:local|session)Storage\s{0,5}\.\s{0,5}setItem\s{0,5}\(\s{0,5}['"\x60][\w.:-]{0,40}${SESSION_TOKEN_NAME}['"\x60]\s{0,5},`,
      String.raw`\b(?:local|session)Storage\s{0,5}(?:\.\s{0,5}|\[\s{0,5}['"])[\w-]{0,40}${SESSION_TOKEN_NAME}(?:['"]\s{0,5}\])?\s{0,5}=[^=]`,
    ],
    keywords: ['localstorage', 'sessionstorage'],
    scope: 'code',
    lesson: 'insecure-cookies',
    cwe: ['CWE-922'],
    owasp: 'A04:2021',
    message: 'Any script on the page can read localStorage, so one XSS bug hands this session token to an attacker, who can use it from anywhere until it expires; keep it in an HttpOnly, Secure cookie set by the server.',
    examples: {
      bad: ["localStorage.setItem('accessToken', data.accessToken);", 'sessionStorage.setItem("jwt", token);', "localStorage['auth_token'] = res.token;"],
      good: ["localStorage.setItem('tokenExpiresAt', String(expiresAt));", "localStorage.setItem('theme', 'dark');", "const token = localStorage.getItem('accessToken');"],
    },
  },
  {
    id: 'js.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: JS,
    patterns: [
      // A session or token cookie set with no options: Express and Next.js then send it without HttpOnly and Secure.
      // ... or with options on one line that set neither flag: res.cookie('session', id, { maxAge: 3600000 }).
      String.raw`(?:\.cookie|\bcookies\s{0,5}(?:\(\s{0,60}\)\s{0,60})?\.\s{0,5}set)\s{0,5}\(\s{0,60}['"]${AUTH_COOKIE_NAME}['"]\s{0,5},\s{0,60}[^,()\n]{1,100}(?:\)|,\s{0,5}\{[^{}\n]{0,300}\}\s{0,5}\))`,
      // A Set-Cookie header written by hand without HttpOnly, or a cookie set from script without Secure.
      String.raw`\b(?:setHeader|header|set|append)\s{0,5}\(\s{0,60}['"]Set-Cookie['"]\s{0,5},\s{0,60}['"\x60]${AUTH_COOKIE_NAME}=[^'"\x60\n]{0,300}['"\x60]`,
      String.raw`\bdocument\s{0,5}\.\s{0,5}cookie\s{0,5}=\s{0,60}['"\x60]${AUTH_COOKIE_NAME}=[^'"\x60\n]{0,300}['"\x60]`,
    ],
    unlessMatch: [
      // Options that set either flag (the whole call is on the line), or a flag in the cookie's own text.
      String.raw`\b(?:httpOnly|secure)\b[^{}\n]{0,300}\}\s{0,5}\)$`,
      String.raw`;\s{0,5}(?:[Hh]ttp[Oo]nly|HTTPONLY)\b`,
      String.raw`^document[^\n]{0,400};\s{0,5}(?:[Ss]ecure|SECURE)\b`,
      // Options spread from a shared object, which may well set both flags.
      String.raw`\{\s{0,5}\.\.\.|,\s{0,5}\.\.\.`,
      // A cookie being cleared, or a CSRF token cookie (scripts must read it).
      ...NOT_A_SESSION_COOKIE,
    ],
    keywords: ['cookie'],
    // A cookie written from script can never be HttpOnly: what it needs is Secure, or to be set by the server.
    message: 'This session or token cookie is sent without Secure and HttpOnly (which a cookie written by script can never have), so it travels over plain HTTP and any injected script can read it; set it from the server with both flags.',
    examples: {
      bad: [
        "res.cookie('token', jwtToken);",
        "res.cookie('sessionId', session.id, { maxAge: 86400000, sameSite: 'lax' });",
        "response.cookies.set('auth-token', jwt, { path: '/' });",
        "res.setHeader('Set-Cookie', `sid=${session.id}; Path=/; SameSite=Lax`);",
        'document.cookie = `access_token=${accessToken}; path=/`;',
      ],
      good: [
        "res.cookie('theme', 'dark');",
        "res.cookie('sessionId', session.id, { maxAge: 86400000, httpOnly: true, secure: true });",
        "response.cookies.set('auth-token', jwt, { path: '/', httpOnly: true, secure: true });",
        "res.setHeader('Set-Cookie', `sid=${session.id}; Path=/; HttpOnly; Secure`);",
        'document.cookie = `access_token=${accessToken}; path=/; Secure; SameSite=Strict`;',
        "res.cookie('token', '', { maxAge: 0 });",
        "res.cookie('token', '');",
        "document.cookie = 'token=; expires=Thu, 01 Jan 1970 00:00:00 UTC; path=/;';",
        'document.cookie = `token=; expires=${new Date(0).toUTCString()}; path=/`;',
        "res.cookie('token', token, { ...cookieOptions, maxAge: 3600000 });",
        "res.cookie('XSRF-TOKEN', req.csrfToken());",
        "res.cookie('author', name, { maxAge: 86400000 });",
      ],
    },
  },
  {
    id: 'js.csrf-methods-ignored',
    ...CSRF_PROTECTION_DISABLED_RULE,
    languages: JS,
    // csurf's ignoreMethods lists the methods it does not check: a state-changing one turns the check off for it.
    patterns: [String.raw`\bignoreMethods\s{0,5}:\s{0,5}\[[^\]\n]{0,100}['"](?:POST|PUT|PATCH|DELETE|post|put|patch|delete)['"]`],
    keywords: ['ignoremethods'],
    examples: {
      bad: ["app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));"],
      good: ["app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }));"],
    },
  },
  {
    id: 'js.hardcoded-session-secret',
    ...HARDCODED_KEY_RULE,
    title: 'Do not hard-code the session or cookie secret',
    languages: JS,
    patterns: [
      String.raw`\b(?:session|expressSession|cookieSession)\s{0,5}\(\s{0,60}\{${across('{}')}{0,1000}?\bsecret\s{0,5}:\s{0,60}['"](?<secret>[^'"\n]{3}[^'"\n]{0,300})['"]`,
      String.raw`\bcookieParser\s{0,5}\(\s{0,60}['"](?<secret>[^'"\n]{3}[^'"\n]{0,300})['"]`,
    ],
    matcher: 'not-stand-in',
    keywords: ['session', 'cookieparser'],
    reach: 'block',
    message: 'A session secret in the source lets anyone who reads it sign their own session cookies and log in as any user.',
    examples: {
      bad: ["app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));", "app.use(cookieParser('s3cr3t-cookie-key'));"],
      good: ['app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));', 'app.use(cookieParser(process.env.COOKIE_SECRET));'],
    },
  },
  {
    id: 'js.dev-error-handler',
    title: 'Do not ship the development error handler',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\buse\s{0,5}\(\s{0,60}errorhandler\s{0,5}\(`,
      String.raw`\berror[Hh]andler\s{0,5}\(\s{0,60}\{[^{}()\n]{0,200}?\b(?:showStack|dumpExceptions)\s{0,5}:\s{0,60}true\b`,
    ],
    unless: [String.raw`\bdevelopment\b`],
    keywords: ['errorhandler', 'showstack', 'dumpexceptions'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-209'],
    owasp: 'A05:2021',
    message: 'The development error handler sends stack traces and source paths to any visitor who triggers an error.',
    examples: {
      bad: ['app.use(errorhandler());', 'app.use(express.errorHandler({ dumpExceptions: true, showStack: true }));'],
      good: ["if (process.env.NODE_ENV === 'development') app.use(errorhandler());", 'app.use((err, req, res, next) => res.status(500).send("Internal error"));'],
    },
  },
  {
    id: 'js.error-stack-response',
    title: 'Do not send stack traces to clients',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`${RESPOND}(?:err|error|e|ex|exception)\s{0,60}\.\s{0,5}stack\b`,
      String.raw`\b(?:res|reply)\.(?:status\(\d{1,10}\)\.)?(?:json|send)\(\{[^{}\n]{0,200}[\s,{]stack:\s{0,60}(?:err|error|e|ex)\.stack\b`,
      String.raw`\bctx\s{0,60}\.\s{0,5}body\s{0,5}=\s{0,60}(?:err|error|e|ex)\s{0,60}\.\s{0,5}stack\b`,
    ],
    keywords: ['stack'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-209'],
    owasp: 'A05:2021',
    message: 'A stack trace in a response shows attackers your file paths, libraries and code structure.',
    examples: {
      bad: ['res.status(500).send(err.stack);', 'res.json({ message: err.message, stack: err.stack });', 'ctx.body = err.stack;'],
      good: [
        'console.error(err.stack);\nres.status(500).json({ message: "Internal error" });',
        "res.status(500).json({ message: 'Internal error' });",
        "console.error(err.stack);\nctx.body = { error: 'Internal error' };",
      ],
    },
  },
  {
    id: 'js.regexp-from-request',
    ...REGEX_FROM_REQUEST_RULE,
    languages: JS,
    patterns: [
      String.raw`\bRegExp\s{0,5}\([^()\n]{0,200}?${REQ}`,
      String.raw`[{,]\s{0,60}['"]?\$regex['"]?\s{0,5}:\s{0,60}${REQ}`,
      // A variable the lines above fill from the request: const { pattern } = req.body.
      String.raw`\bRegExp\s{0,5}\(\s{0,60}[A-Za-z_$][\w$]{0,60}\s{0,5}[,)]`,
    ],
    unless: [String.raw`[Ee]scape(?:Reg[Ee]xp?|String[Rr]egexp|Regex)|_\.escapeRegExp|escapeStringRegexp`],
    keywords: [...REQUEST_DATA_KEYWORDS, 'RegExp'],
    examples: {
      bad: [
        "const re = new RegExp(req.query.search, 'i');",
        'const users = await User.find({ name: { $regex: req.query.q } });',
        "const { pattern, flags = '' } = req.body;\nconst matcher = RegExp(pattern, flags);",
      ],
      good: [
        "const re = new RegExp(escapeRegExp(req.query.search), 'i');",
        "const re = new RegExp('^[a-z]+$', 'i');",
        "const { pattern } = config.logFilter;\nconst matcher = RegExp(pattern);",
      ],
    },
  },
  {
    id: 'js.template-from-request',
    title: 'Do not render templates chosen or written by the request',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // A template's text compiled from the request (server-side template injection), or its file named by it.
      String.raw`\b(?:ejs\s{0,60}\.\s{0,5}(?:render|compile)|pug\s{0,60}\.\s{0,5}(?:render|compile)|[Hh]andlebars\s{0,60}\.\s{0,5}compile|nunjucks\s{0,60}\.\s{0,5}renderString|_\s{0,60}\.\s{0,5}template|lodash\s{0,60}\.\s{0,5}template|Mustache\s{0,60}\.\s{0,5}render|doT\s{0,60}\.\s{0,5}template|res\s{0,60}\.\s{0,5}render)\s{0,5}\(\s{0,60}(?:${REQ}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`,
      // A view path built from the request, or a layout or partial it names: res.render(`pages/${req.params.page}`).
      String.raw`\bres\s{0,5}\.\s{0,5}render\s{0,5}\(\s{0,5}(?:\x60[^\x60\n]{0,100}?\$\{\s{0,5}|'[^'\n]{0,100}'\s{0,5}\+\s{0,5}|"[^"\n]{0,100}"\s{0,5}\+\s{0,5})${REQ}`,
      String.raw`\bres\s{0,5}\.\s{0,5}render\s{0,5}\([^;\n]{0,200}?[{,]\s{0,5}(?:layout|partials?|filename|root|views)\s{0,5}:\s{0,5}${REQ}`,
    ],
    matcher: 'request-input',
    keywords: ['ejs', 'pug', 'handlebars', 'nunjucks', 'template', 'mustache', 'res.render'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-1336', 'CWE-94'],
    owasp: 'A03:2021',
    message: 'The template comes from the request, so a caller can write template code that runs on the server or pick any template file; keep templates fixed and pass request values as data.',
    examples: {
      bad: [
        'const html = ejs.render(req.body.template, { user });',
        'const tpl = Handlebars.compile(req.query.tpl);',
        'res.render(req.query.page);',
        'const { template } = req.body;\nconst out = pug.render(template);',
        'res.render(`themes/${req.query.theme}/home`, { user });',
        "res.render('dashboard', { layout: req.query.layout, user });",
      ],
      good: [
        "const html = ejs.render(INVOICE_TEMPLATE, { name: req.body.name });",
        "res.render('profile', { name: req.query.name });",
        'const tpl = Handlebars.compile(source);',
        'res.render(`themes/${THEMES[req.query.theme] ?? "default"}/home`, { user });',
        "res.render('dashboard', { layout: 'main', title: req.query.title });",
      ],
    },
  },
  {
    id: 'js.angular-bypass-security',
    title: "Do not bypass Angular's sanitizer for dynamic values",
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\.\s*bypassSecurityTrust(?:Html|Script|Url|ResourceUrl|Style)\s*\(\s*[A-Za-z_$]`],
    keywords: ['bypasssecuritytrust'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: "bypassSecurityTrust* marks a value as safe, so Angular inserts it without sanitizing; if any part of it comes from users it runs as script (XSS).",
    examples: {
      bad: ['this.content = this.sanitizer.bypassSecurityTrustHtml(post.body);', 'this.url = this.sanitizer.bypassSecurityTrustResourceUrl(params.get("src"));'],
      good: ["this.icon = this.sanitizer.bypassSecurityTrustHtml('<svg viewBox=\"0 0 8 8\"></svg>');", '<div [innerHTML]="post.body"></div>'],
    },
  },
  {
    id: 'js.electron-insecure-web-preferences',
    title: 'Keep Electron renderers isolated',
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\b(?:nodeIntegration(?:InWorker|InSubFrames)?\s{0,5}:\s{0,60}true|contextIsolation\s{0,5}:\s{0,60}false|webSecurity\s{0,5}:\s{0,60}false|allowRunningInsecureContent\s{0,5}:\s{0,60}true|sandbox\s{0,5}:\s{0,60}false)\b`],
    keywords: ['nodeintegration', 'contextisolation', 'websecurity', 'allowrunninginsecurecontent', 'sandbox'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94', 'CWE-1021'],
    owasp: 'A05:2021',
    message: 'With Node integration on, or context isolation, web security or the sandbox off, any script that gets into a page (XSS, a remote page) can reach Node and run programs on the machine; keep the defaults and expose only what a preload script needs.',
    examples: {
      bad: ['webPreferences: { nodeIntegration: true, preload }', 'new BrowserWindow({ webPreferences: { contextIsolation: false } })'],
      good: ['webPreferences: { preload: path.join(__dirname, "preload.js"), contextIsolation: true }', 'webPreferences: { nodeIntegration: false }'],
    },
  },
  {
    id: 'js.electron-open-external',
    title: 'Check URLs before shell.openExternal',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    // A URL that is not a literal (a link a page asked to open, say); the matcher looks for a check of its scheme on
    // its line and the five above.
    patterns: [String.raw`\bshell\s{0,5}\.\s{0,5}openExternal\s{0,5}\(\s{0,5}(?:[A-Za-z_$][\w$.]{0,100}\s{0,5}[,)]|\x60[^\x60\n]{0,100}\$\{)`],
    matcher: 'url-scheme-unchecked',
    keywords: ['openexternal'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-939', 'CWE-78'],
    owasp: 'A03:2021',
    message: 'shell.openExternal hands the URL to the operating system, which opens file:, smb: and custom protocol links with whatever program handles them, so a link from a page can run programs; allow only https: (and mailto:) URLs.',
    examples: {
      bad: ["win.webContents.setWindowOpenHandler(({ url }) => { shell.openExternal(url); return { action: 'deny' }; });", 'shell.openExternal(link.href)'],
      good: [
        "shell.openExternal('https://example.com/docs')",
        "if (new URL(url).protocol === 'https:') shell.openExternal(url);",
        "if (url.startsWith('https://')) await shell.openExternal(url);",
        "const { protocol } = new URL(url);\nif (protocol !== 'https:') return;\nshell.openExternal(url);",
      ],
    },
  },
  {
    id: 'js.fixed-temp-path',
    ...FIXED_TEMP_PATH_RULE,
    languages: JS,
    // A write or a new folder at a fixed name in the shared temp folder (reads of such a file are left alone).
    patterns: [
      String.raw`\b(?:writeFile|appendFile|outputFile|createWriteStream|mkdir|open)(?:Sync)?\s{0,5}\(\s{0,60}['"\x60]/tmp/[\w.-][^'"\x60\n]{0,200}['"\x60]\s{0,5}[,)]`,
      String.raw`\bpath\s{0,5}\.\s{0,5}join\s{0,5}\(\s{0,60}os\s{0,5}\.\s{0,5}tmpdir\s{0,5}\(\s{0,5}\)\s{0,5},\s{0,60}['"][\w-][\w.-]{0,100}\.\w{1,10}['"]\s{0,5}\)`,
    ],
    keywords: ['/tmp/', 'tmpdir'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the write lands where they chose; make a private folder with fs.mkdtemp() and write inside it.',
    examples: {
      bad: ["fs.writeFileSync('/tmp/session.json', JSON.stringify(session));", "const out = path.join(os.tmpdir(), 'report.pdf');", "fs.createWriteStream('/tmp/app.log', { flags: 'a' })"],
      good: ["const data = fs.readFileSync('/tmp/in.txt', 'utf8');", "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-'));", "fs.writeFileSync(path.join(dir, 'session.json'), body);"],
    },
  },
  {
    id: 'js.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: JS,
    patterns: [
      String.raw`\b(?:chmod|lchmod|fchmod)(?:Sync)?\s{0,5}\([^,()\n]{1,100},\s{0,60}(?:0o[0-7]?[0-7][0-7][2367]|['"][0-7]?[0-7][0-7][2367]['"]|511|438)\s{0,5}[,)]`,
      // umask(0): every file and folder the process creates from here on is world-writable.
      String.raw`\bprocess\s{0,60}\.\s{0,5}umask\s{0,5}\(\s{0,60}(?:0o)?0{1,4}\s{0,5}\)`,
    ],
    // A mode given to mkdir or writeFile is masked by the umask (0o777 is mkdir's default), so only chmod and a
    // cleared umask make files world-writable.
    keywords: ['chmod', 'umask'],
    examples: {
      bad: ["fs.chmodSync(uploadDir, 0o777);", "await fs.promises.chmod(sharedDir, '777');", 'process.umask(0);'],
      good: ["fs.chmodSync(keyFile, 0o600);", "await fs.promises.mkdir(cacheDir, { recursive: true, mode: 0o777 });", 'process.umask(0o077);', 'const mask = process.umask();'],
    },
  },
  {
    id: 'js.default-credential',
    ...DEFAULT_CREDENTIAL_RULE,
    languages: JS,
    patterns: [
      // const JWT_SECRET = process.env.JWT_SECRET || 'keyboard cat'
      // The setting's name ends in the credential word: TOKEN_URL or PRIVATE_KEY_PATH names no secret.
      String.raw`\bprocess\.env\.\w{0,40}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)\b\s{0,5}(?:\|\||\?\?)\s{0,5}['"\x60](?<secret>[^'"\x60\n]{1,200})['"\x60]`,
      // if (req.body.password === 'admin123')
      String.raw`${PASSWORD_EQUALS}['"](?<secret>[^'"\n]{1,200})['"]`,
    ],
    keywords: ['process.env.', 'password', 'passwd'],
    examples: {
      bad: [
        "const JWT_SECRET = process.env.JWT_SECRET || 'keyboard cat';",
        "app.use(session({ secret: process.env.SESSION_SECRET ?? 'changeme123' }));",
        "if (req.body.username === 'admin' && req.body.password === 'admin123') { return next(); }",
        // Beside an insecure cookie (another weakness on the same line) the fallback secret is still reported.
        "app.use(session({ secret: process.env.SESSION_SECRET || 'keyboard cat', cookie: { secure: false } }));",
      ],
      good: [
        "const JWT_SECRET = process.env.JWT_SECRET ?? fail('JWT_SECRET is not set');",
        "const PORT = process.env.PORT || '3000';",
        "const keyPath = process.env.PRIVATE_KEY_PATH || './keys/private.pem';",
        "if (showPassword === 'true') { input.type = 'text'; }",
        "if (input.type === 'password') { mask(input); }",
        'if (password === confirmPassword) { save(); }',
        "if (typeof password !== 'string') { throw new TypeError('password must be a string'); }",
        "if (await bcrypt.compare(req.body.password, user.passwordHash)) { return next(); }",
      ],
    },
  },
  {
    id: 'js.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    title: 'Do not hard-code passwords in object literals',
    languages: JS,
    patterns: [
      String.raw`\b\w*${PASSWORD_FIELD}\s*[:=]\s*['"](?<secret>[^'"\s]{4}[^'"\s]*)['"]`,
      String.raw`[{,][\s\n]*['"]\w*${PASSWORD_FIELD}['"]\s*:\s*['"](?<secret>[^'"\s]{4}[^'"\s]*)['"]`,
      // HTTP Basic credentials written as user:password and encoded: Buffer.from('admin:s3cret').toString('base64'),
      // btoa('ops:Qu4rtz#19'). A password part of digits only is a GraphQL id (btoa('Author:12345')); a UUID or a
      // date one (unlessMatch), or a type name before it (the matcher), is an id or a cursor.
      String.raw`\bBuffer\.from\(\s{0,5}['"][^'"\s:$]{1,60}:(?<secret>\d{0,100}[^\d'"\s][^'"\s]{0,100})['"]\s{0,5}\)\s{0,5}\.\s{0,5}toString\s{0,5}\(\s{0,5}['"]base64['"]`,
      String.raw`\bbtoa\(\s{0,5}['"][^'"\s:$]{1,60}:(?<secret>\d{0,100}[^\d'"\s][^'"\s]{0,100})['"]\s{0,5}\)`,
      // The { user, pass } credentials of nodemailer and request; a Gmail app password is four groups of four letters.
      String.raw`\buser\s{0,5}:\s{0,60}[^,{}\n]{1,200},\s{0,60}pass\s{0,5}:\s{0,60}['"](?<secret>[^'"\s]{4,200}|[a-z]{4}(?: [a-z]{4}){3})['"]`,
    ],
    ignoreCase: true,
    matcher: 'not-placeholder-or-encoded-id',
    unlessMatch: [
      // A field's name for a value (password, confirmPassword, new_password), not a password (rootpass, dbpass).
      String.raw`^(?:(?:new|old|current|confirm|repeat|retype|user|account|login)[_-]?)?${PASSWORD_FIELD}(?:[_-]?(?:confirm(?:ation)?|again|repeat|field|input))?$`,
      String.raw`^(?:string|text|hidden|required|boolean|number|secret|none|null|true|false|confirm|label|input|field)$`,
      TRANSLATED_PASSWORD_LABEL,
      // An error or message code (invalidPassword: 'invalid_password'), as the other credential rules judge it.
      MESSAGE_CODE,
      String.raw`^[\w-]+\.[\w.-]+$`,
      String.raw`^[$%{<:#/]`,
      // The password of a stand-in pair (user:pass), as BASIC_CREDENTIAL_STAND_IN; only the password is checked here,
      // since not-placeholder would take a user named admin for a placeholder.
      String.raw`^pass$`,
      // Shorter than the other patterns allow, a UUID, an ISO date: an id or a cursor encoded the Basic way.
      String.raw`^\S{1,3}$`,
      String.raw`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
      String.raw`^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]{0,30})?(?:Z|[+-]\d{2}:?\d{2})?$`,
    ],
    keywords: ['password', 'passwd', 'pwd', 'buffer.from(', 'btoa(', 'pass:', 'pass :'],
    message: 'A password written in the code is visible to everyone with the source or the bundle, and is hard to rotate.',
    examples: {
      bad: [
        "const pool = new Pool({ user: 'app', password: 'Tr0ub4dor&3', host: 'db' });", "const dbPassword = 'hunter2!';", "const auth = { 'password': 'Sunshine42' };",
        "const db = mysql.createConnection({ host: 'localhost', user: 'root', password: 'hunter2pass' });",
        "const pool = mysql.createPool({ user: 'root', password: 'rootpass', database: 'app' });",
        "const headers = { Authorization: `Basic ${Buffer.from('deploy:Wint3r-Sky!').toString('base64')}` };",
        "xhr.setRequestHeader('Authorization', 'Basic ' + btoa('ops:Qu4rtz#19'));",
        "const credentials = Buffer.from('svc-backup:Ha7mL!x2').toString('base64');",
        "const transporter = nodemailer.createTransport({ service: 'gmail', auth: { user: 'me@gmail.com', pass: 'qwer tyui opas dfgh' } });",
        "auth: {\n  user: 'alerts@example.com',\n  pass: 'Kq7mWz2Lp9x'\n}",
        "const headers = { Authorization: `Basic ${Buffer.from('admin:Secr3tPw!').toString('base64')}` };",
        "const encoded = Buffer.from('deploy:Wint3r-Sky!').toString('base64');\nconst headers = { Authorization: `Basic ${encoded}` };",
        "const headers = {\n  Authorization: 'Basic ' +\n    btoa('ops:Qu4rtz#19'),\n};",
        "const token = btoa('svc:Qu4rtz#19');",
      ],
      good: [
        'const pool = new Pool({ user: "app", password: process.env.DB_PASSWORD });',
        "const input = { type: 'password', autocomplete: 'current-password' };",
        "const labels = { password: 'Password' };",
        "const de = { password: 'Passwort' };", "const es = { password: 'Contraseña' };",
        "const errors = { invalidPassword: 'invalid_password', weakPassword: 'weak_password' };",
        "const fields = { password: 'auth.form.password' };",
        "const names = { password: 'confirm_password' };",
        "const smtp = { password: 'x8Kq2vT9zLmP4wRb7nYc' };",
        "const headers = { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };",
        "const id = btoa('Product:1234');",
        "const cursor = Buffer.from('created_at:2024-01-01T00:00:00Z').toString('base64');",
        "xhr.setRequestHeader('Authorization', 'Basic ' + btoa('user:pass'));",
        "const authorCursor = btoa('Author:12345');",
        "const nodeId = Buffer.from('User:550e8400-e29b-41d4-a716-446655440000').toString('base64');",
        "const auth = btoa('ops:' + password);",
        "const productId = btoa('Product:sku-red-42');",
        "auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }",
        "expect(result).toEqual({ user: 'ada', pass: true });",
      ],
    },
  },
  {
    id: 'js.node-serialize',
    title: 'Do not unserialize untrusted data with node-serialize or funcster',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bunserialize\s*\(\s*[^)\s]`, String.raw`\bfuncster\s{0,5}\.\s{0,5}deepDeserialize\s{0,5}\(\s{0,5}[^)\s]`],
    unless: [String.raw`\bfunction\s+unserialize\b`, String.raw`\bunserialize\s*\([\w$\s,]*\)\s*\{`],
    keywords: ['unserialize', 'funcster'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'node-serialize and funcster rebuild functions written in their input, so unserializing data from a user runs their code.',
    examples: {
      bad: ["const obj = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());", 'const job = funcster.deepDeserialize(JSON.parse(message));'],
      good: ["const obj = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());", 'function unserialize(data) {', 'const text = funcster.deepSerialize(job);'],
    },
  },
  {
    id: 'js.yaml-full-schema',
    title: 'Load YAML without the JavaScript types',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bschema\s{0,5}:\s{0,60}(?:[\w$]{1,60}\s{0,60}\.\s{0,5})?DEFAULT_FULL_SCHEMA\b`, String.raw`\b(?:yaml|YAML|jsyaml|jsYaml)\s{0,60}\.\s{0,5}unsafeLoad(?:All)?\s{0,5}\(`],
    keywords: ['default_full_schema', 'unsafeload'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'The full js-yaml schema builds functions and regular expressions from the document, so untrusted YAML can run code.',
    examples: {
      bad: ['const doc = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });', 'const doc = yaml.unsafeLoad(body);'],
      good: ['const doc = yaml.load(text);', 'const doc = yaml.load(text, { schema: yaml.JSON_SCHEMA });'],
    },
  },
  {
    id: 'js.postmessage-any-origin',
    title: "Name the target origin in postMessage, not '*'",
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bpostMessage\s{0,5}\(${across(';()')}{0,1000}?${STAR_ORIGIN}`,
      String.raw`\bpostMessage\s{0,5}\(${across(';()')}{0,1000}\(${across(';()')}{0,1000}\)${across(';()')}{0,1000}?${STAR_ORIGIN}`,
      String.raw`\bpostMessage\s{0,5}\(${across(';()')}{0,1000}\(${across(';()')}{0,1000}\(${across(';()')}{0,1000}\)${across(';()')}{0,1000}\)${across(';()')}{0,1000}?${STAR_ORIGIN}`,
    ],
    keywords: ['postmessage'],
    reach: 'block',
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-345'],
    owasp: 'A01:2021',
    message: "postMessage with target origin '*' delivers the data to whatever page now occupies that window, including an attacker's.",
    examples: {
      bad: [
        "iframe.contentWindow.postMessage(JSON.stringify(event), '*');",
        "window.parent.postMessage(JSON.stringify({ type: 'state', state: getState() }), '*');", "window.parent.postMessage({\n  type: 'token',\n  value: token,\n}, '*');"],
      good: ["iframe.contentWindow.postMessage(JSON.stringify(event), 'https://widget.example.com');", 'worker.postMessage(data, [data.buffer]);'],
    },
  },
  {
    id: 'js.message-origin-unchecked',
    title: "Check the sender's origin in window message handlers",
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    // The match takes in the start of an inline handler, so a check of event.origin there cancels it; a handler
    // defined elsewhere (addEventListener('message', onMessage)) cannot be seen and is left alone.
    patterns: [
      String.raw`(?<report>\bwindow\s{0,5}\.\s{0,5}(?:addEventListener\s{0,5}\(\s{0,20}['"]message['"]\s{0,5},|onmessage\s{0,5}=))\s{0,20}(?:async\s{1,5})?(?:function\b|\(?\s{0,5}[\w$]{0,60}\s{0,5}\)?\s{0,5}=>)[\s\S]{0,300}`,
    ],
    unlessMatch: [String.raw`\.origin\b|\borigin\s{0,5}(?:[!=]==?|\))|\bsource\s{0,5}[!=]==?|\bisTrusted\b`],
    keywords: ['window'],
    requires: ['message'],
    reach: 'block',
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-346', 'CWE-20'],
    owasp: 'A01:2021',
    message: "Any page that can reach this window can post to it, so this handler acts on an attacker's data unless it checks event.origin first.",
    examples: {
      bad: [
        "window.addEventListener('message', (event) => {\n  localStorage.setItem('token', event.data.token);\n});",
        'window.onmessage = function (e) {\n  location.href = e.data.url;\n};',
      ],
      good: [
        "window.addEventListener('message', (event) => {\n  if (event.origin !== 'https://app.example.com') return;\n  localStorage.setItem('token', event.data.token);\n});",
        "window.addEventListener('message', onMessage);",
        "self.addEventListener('message', (event) => {\n  postMessage(work(event.data));\n});",
      ],
    },
  },
  {
    id: 'js.xml-noent',
    title: 'Do not enable entity expansion in libxmljs',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bnoent\s*:\s*true\b`],
    keywords: ['noent'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'noent: true expands external entities, so an uploaded XML document can read local files or reach internal hosts.',
    examples: {
      bad: ['const doc = libxmljs.parseXml(req.body, { noent: true });'],
      good: ['const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });'],
    },
  },
  {
    id: 'js.new-buffer',
    title: 'Use Buffer.from or Buffer.alloc instead of new Buffer()',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bnew\s+Buffer\s*\(\s*[^'"\x60\s)\[]`],
    keywords: ['buffer'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-770', 'CWE-908'],
    owasp: 'A04:2021',
    message: 'The deprecated Buffer constructor allocates uninitialized memory when given a number, which can leak old memory or exhaust it.',
    examples: {
      bad: ['const buf = new Buffer(size);', "const data = new Buffer(body, 'base64');"],
      good: ['const buf = Buffer.alloc(size);', "const data = Buffer.from(body, 'base64');", "const b = new Buffer('abc');"],
    },
  },
  {
    id: 'js.buffer-noassert',
    title: 'Do not skip bounds checks on Buffer reads and writes',
    languages: JS,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\.(?:read|write)(?:U?Int(?:8|16|32)|Float|Double|U?IntBE|U?IntLE|BigU?Int64)(?:BE|LE)?\s{0,5}\([^()\n]{0,200}?,\s{0,60}true\s{0,5}\)`],
    keywords: ['readint', 'readuint', 'writeint', 'writeuint', 'readfloat', 'writefloat', 'readdouble', 'writedouble', 'readbigint', 'readbiguint', 'writebigint', 'writebiguint'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-119'],
    owasp: 'A04:2021',
    message: 'The noAssert flag lets a Buffer read or write past its end in older Node versions, corrupting or leaking memory.',
    examples: {
      bad: ['const len = buf.readUInt16BE(offset + 2, true);'],
      good: ['const len = buf.readUInt16BE(offset + 2);', 'const v = view.getUint16(offset, true);'],
    },
  },
  {
    id: 'js.buffer-alloc-unsafe',
    title: 'Fill or avoid Buffer.allocUnsafe',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\bBuffer\s{0,60}\.\s{0,5}allocUnsafe(?:Slow)?\s{0,5}\(`],
    // Filled at once: no old memory survives.
    unless: [String.raw`\ballocUnsafe(?:Slow)?\s{0,5}\([^()\n]{0,80}\)\s{0,60}\.\s{0,5}fill\s{0,5}\(`],
    keywords: ['allocunsafe'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-908'],
    owasp: 'A04:2021',
    message: 'Buffer.allocUnsafe returns memory that still holds old data, which leaks if any of it is sent before being overwritten.',
    examples: {
      bad: ['const out = Buffer.allocUnsafe(n);'],
      good: ['const out = Buffer.alloc(n);', '// Buffer.allocUnsafe(n) is faster but unsafe', 'const pad = Buffer.allocUnsafe(size).fill(0);'],
    },
  },
  {
    id: 'js.math-random',
    title: 'Math.random() is not a secure random source',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bMath\s{0,60}\.\s{0,5}random\s{0,5}\(`,
      // Inside a template literal's ${...}, which the lexer counts as string: start the match before the literal.
      String.raw`[=(,:+?]\s{0,60}\x60[^\x60\n]{0,200}?\$\{\s{0,60}Math\s{0,60}\.\s{0,5}random\s{0,5}\(`,
    ],
    unless: [String.raw`${SECRET_NAME}\s{0,5}(?:\+?=|:)`],
    keywords: ['math.random'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'Math.random() is predictable, so it must not produce anything an attacker should not guess, such as ids, tokens or keys.',
    examples: {
      bad: ['const id = Math.random().toString(36).slice(2);', 'const name = `room-${Date.now()}-${Math.random()}`;'],
      good: ['const id = crypto.randomUUID();', '// Math.random() is fine for jitter', "const hint = 'use Math.random() for jitter only';"],
    },
  },
  {
    id: 'js.fs-dynamic-path',
    title: 'Check file paths computed at run time',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    // Where the path is known to come from the request, js.path-from-request says so instead.
    fallback: true,
    // Calls that read, write, remove, link or probe files (mkdir only makes folders).
    patterns: [
      ...dynamicArg(String.raw`\b(?:fs|fse|fsp|fsExtra|fsPromises|fs\.promises)\s{0,60}\.\s{0,5}(?:readFile|writeFile|appendFile|createReadStream|createWriteStream|open|unlink|rm|rmdir|readdir|copyFile|rename|symlink|outputFile|readJson|writeJson|exists|stat|lstat|access)(?:Sync)?\s{0,5}\(\s{0,60}`),
      // The same calls imported by name (const { readFileSync } = require('fs')).
      ...dynamicArg(String.raw`(?:^|[^.\w$])(?:(?:readFile|writeFile|appendFile|unlink|readdir|copyFile|rename|exists|stat|lstat)Sync|create(?:Read|Write)Stream)\s{0,5}\(\s{0,60}`),
    ],
    unless: [
      REQ,
      // Paths fixed at build time: the module's own folder or the working directory joined with literals only.
      String.raw`\w\s{0,5}\(\s{0,60}(?:__dirname|__filename|process\.cwd\(\)|os\.tmpdir\(\))\s{0,5}(?:\+\s{0,60}(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")\s{0,5})?[,)]`,
      String.raw`\w\s{0,5}\(\s{0,60}path\s{0,60}\.\s{0,5}(?:join|resolve)\s{0,5}\(\s{0,60}(?:__dirname|__filename|process\.cwd\(\)|'[^'\n]{0,300}'|"[^"\n]{0,300}")(?:\s{0,5},\s{0,60}(?:'[^'\n]{0,100}'|"[^"\n]{0,100}")){0,8}\s{0,5}\)`,
      String.raw`\w\s{0,5}\(\s{0,60}\x60\$\{\s{0,60}(?:__dirname|__filename|process\.cwd\(\))\s{0,5}\}[^\x60$\n]{0,300}\x60`,
      String.raw`\w\s{0,5}\(\s{0,60}new\s{1,5}URL\s{0,5}\(\s{0,60}(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")\s{0,5},\s{0,60}import\.meta\.url\s{0,5}\)`,
      // A constant, and definitions of methods with these names (wrappers and virtual file systems).
      String.raw`\w\s{0,5}\(\s{0,60}[A-Z][A-Z0-9_]{1,40}\s{0,5}[,)]`,
      String.raw`^[ \t]{0,40}(?:async[ \t]{1,4})?\w{1,40}[ \t]{0,4}\([^()\n]{0,200}\)[ \t]{0,4}\{|\([ \t]{0,4}\w{1,40}[ \t]{0,4}=[^=]`,
    ],
    matcher: 'path-variable-not-fixed',
    keywords: ['readfile', 'writefile', 'appendfile', 'readstream', 'writestream', '.open', 'unlink', '.rm', 'readdir', 'copyfile', 'rename', 'symlink', 'outputfile', 'readjson', 'writejson', 'exists', 'stat(', 'statsync', 'access(', 'accesssync'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'This file path is computed at run time; if any part of it comes from a user, ../ segments can reach files outside the intended folder.',
    examples: {
      bad: [
        "let dir = path.join(__dirname, 'data');\ndir += '/' + sub;\nconst files = fs.readdirSync(dir);",
        "const dir = path.join(__dirname, 'uploads', name);\nconst files = fs.readdirSync(dir);",
        'const text = fs.readFileSync(filename, "utf8");',
        "fs.writeFile(path.join(outDir, name + '.json'), data, done);",
        "const stream = fs.createReadStream(uploadDir + '/' + file.name);",
        'await fs.promises.unlink(`${cacheDir}/${key}`);',
        'if (fs.existsSync(configPath)) load(configPath);',
        'const data = readFileSync(inputFile);',
      ],
      good: [
        "const dir = path.join(__dirname, 'migrations');\nconst files = fs.readdirSync(dir);",
        "const text = fs.readFileSync('./config.json', 'utf8');",
        'const text = fs.readFileSync(req.query.file);',
        "const tpl = fs.readFileSync(path.join(__dirname, 'views', 'index.html'), 'utf8');",
        "const files = fs.readdirSync(__dirname + '/routes');",
        'fs.mkdirSync(outDir, { recursive: true });',
        'const data = zip.readFileSync(entry);',
        'if (!fs.existsSync(BINARY_PATH)) install();',
        '// fs.readFileSync(filename) reads the whole file',
      ],
    },
  },
  {
    id: 'js.dynamic-require',
    title: 'Check modules loaded by a computed name',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    patterns: dynamicArg(String.raw`\brequire\s{0,5}\(\s{0,60}`),
    unless: [
      REQ,
      String.raw`\brequire\s{0,5}\(\s{0,20}require\s{0,5}\.\s{0,5}resolve\b`,
      // Names fixed at build time: literals only, or the module's own folder joined with literals.
      String.raw`\brequire\s{0,5}\(\s{0,20}(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")\s{0,5}\+\s{0,5}(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")\s{0,5}\)`,
      String.raw`\brequire\s{0,5}\(\s{0,20}(?:__dirname|__filename|process\.cwd\(\))\s{0,5}\+\s{0,5}(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")\s{0,5}\)`,
      String.raw`\brequire\s{0,5}\(\s{0,20}\w{0,10}\s{0,5}\.\s{0,5}(?:join|resolve)\s{0,5}\(\s{0,20}(?:__dirname|__filename|process\.cwd\(\))(?:\s{0,5},\s{0,20}(?:'[^'\n]{0,100}'|"[^"\n]{0,100}")){0,8}\s{0,5}\)\s{0,5}\)`,
      String.raw`\brequire\s{0,5}\(\s{0,20}\x60\$\{\s{0,5}(?:__dirname|__filename)\s{0,5}\}[^\x60$\n]{0,200}\x60`,
    ],
    keywords: ['require(', 'require ('],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'This module name is computed at run time; if a user can influence it, they choose which code is loaded and run.',
    examples: {
      bad: ["const plugin = require('./plugins/' + name);", 'const engine = require(engineName);', 'const cmd = require(`./commands/${command}`);'],
      good: [
        "const plugin = require('./plugins/markdown');",
        "const handler = require('./handlers/' + req.params.name);",
        "const pkg = require(path.join(__dirname, 'package.json'));",
        "const routes = require(__dirname + '/routes');",
      ],
    },
  },
  {
    id: 'js.regexp-dynamic',
    title: 'Check regular expressions built at run time',
    languages: JS,
    severity: 'info',
    confidence: 'medium',
    patterns: dynamicArg(String.raw`\bRegExp\s{0,5}\([ \t]{0,10}`),
    // js.regexp-from-request names the pattern's source when it is the request.
    fallback: true,
    unless: [
      REQ,
      String.raw`[Ee]scape\w{0,20}\s{0,5}\(|_\.escapeRegExp|\bquotemeta\s{0,5}\(|\bescaped\w{0,30}\b`,
      // A value that is meant to be a pattern (its name says so) is not text mistaken for one.
      String.raw`\bRegExp\s{0,5}\(\s{0,60}(?:[\w$]{1,40}\s{0,60}\.\s{0,5}){0,4}(?:pattern|regex|regexp|re|source|[\w$]{0,40}(?:Pattern|Regex|RegExp|Regexp|RE|Re))\s{0,5}[,)]`,
      String.raw`\bRegExp\s{0,5}\(\s{0,60}\x60[^\x60$\n]{0,100}\$\{\s{0,60}(?:[\w$]{1,40}\s{0,60}\.\s{0,5}){0,4}(?:pattern|regex|regexp|re|source|[\w$]{0,40}(?:Pattern|Regex|RegExp|Regexp|RE|Re|Source))\s{0,5}[}(]`,
      // Patterns composed from other regular expressions or from constants, and patterns from the program's own
      // configuration, are written by its developers.
      String.raw`\.source\b`,
      String.raw`\b[A-Z][A-Z0-9_]{2,40}\$?\s{0,5}[:=]\s{0,60}(?:new\s{1,5})?RegExp\s{0,5}\(`,
      String.raw`\bRegExp\s{0,5}\(\s{0,60}[A-Z][A-Z0-9_]{0,40}\$?\s{0,5}[,)]`,
      String.raw`\bRegExp\s{0,5}\(\s{0,60}(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")\s{0,60}\+\s{0,60}[A-Z][A-Z0-9_]{0,40}\$?\s{0,5}(?:\+\s{0,60}(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")\s{0,5})?[,)]`,
      // (Each repeat starts at a $, so the text between two of them is matched in one way only.)
      String.raw`\bRegExp\s{0,5}\(\s{0,60}\x60[^\x60$\n]{0,100}(?:(?:\$\{\s{0,5}[A-Z][A-Z0-9_]{0,40}\$?\s{0,5}\}|\$[^{\x60\n])[^\x60$\n]{0,100}){0,10}\$?\x60`,
      String.raw`\bRegExp\s{0,5}\(\s{0,60}(?:this\s{0,60}\.\s{0,5})?(?:options|opts|config|configuration|settings|PARAMS|params)\s{0,60}\.`,
    ],
    keywords: ['RegExp'],
    scope: 'code',
    lesson: 'regex-injection',
    cwe: ['CWE-1333', 'CWE-185'],
    owasp: 'A03:2021',
    message: 'This regular expression is built at run time; if a user controls part of it, they can make it match too much or backtrack for minutes.',
    examples: {
      bad: ['const re = new RegExp(query);', "const re = new RegExp('\\\\.(' + extensions + ')$', 'i');", 'const re = new RegExp(`^${prefix}-(.+)$`);'],
      good: [
        "const re = new RegExp('^[a-z]+$');",
        'const re = new RegExp(escapeRegExp(term));',
        "const global = new RegExp(WORD.source, 'g');",
        'const TAG_RE = new RegExp(`^(?:${TAG_CHAR})+$`);',
        "const ignored = new RegExp(options.ignorePattern, 'u');",
        "const re = new RegExp(rule.pattern, 'u');",
      ],
    },
  },
  {
    id: 'js.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: JS,
    patterns: [
      String.raw`\bmodulusLength\s{0,5}:\s{0,60}${SHORT_MODULUS_BITS}\b`,
      String.raw`\brsa\.generateKeyPair(?:Sync)?\s{0,5}\(\s{0,60}(?:\{\s{0,60}bits\s{0,5}:\s{0,60})?${SHORT_MODULUS_BITS}\b`,
    ],
    keywords: ['moduluslength', 'rsa.generatekeypair'],
    examples: {
      bad: ["const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });", 'const keys = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });'],
      good: ["const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });", 'const keys = forge.pki.rsa.generateKeyPair({ bits: 3072 });'],
    },
  },
  {
    id: 'js.mustache-escape-override',
    title: "Do not replace Mustache's HTML escaping",
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b[Mm]ustache\.escape\s*=\s*(?:function\b|\(|[A-Za-z_$])`],
    keywords: ['mustache.escape'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Replacing Mustache.escape (usually to return the text unchanged) turns off escaping for every {{value}} in every template, so any user data in them becomes HTML and script.',
    examples: {
      bad: ['Mustache.escape = function (text) { return text; };', 'mustache.escape = (s) => s;', 'Mustache.escape = identity;'],
      good: ['const safe = Mustache.escape(userInput);', 'if (Mustache.escape === original) restore();', '// Mustache.escape = ... would disable escaping'],
    },
  },
  {
    id: 'js.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: JS,
    patterns: [
      String.raw`\b(?:exec|execSync|spawn|spawnSync|execa|execaSync|execaCommand|execaCommandSync)\s{0,5}\(\s{0,5}(?:["'][\w/.-]{1,30}["']\s{0,5},\s{0,5}\[\s{0,5}${QUOTED_ARGUMENTS_BEFORE})?${DOWNLOAD_PIPED_TO_SHELL}`,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: [
        "execSync('curl -fsSL https://get.example.com/install.sh | bash');",
        "spawn('sh', ['-c', `curl -fsSL ${installerUrl} | sh`], { stdio: 'inherit' });",
      ],
      good: [
        "console.log('Install with: curl -fsSL https://get.example.com/install.sh | sh');",
        "execFileSync('curl', ['-fsSLo', 'install.sh', installerUrl]);",
      ],
    },
  },
];
