// Go: shell commands, SQL building, TLS, weak crypto and randomness, net/http handlers fed by request data.
import type { RuleSpec } from '../types';
import { GO } from '../languages';
import { GO_REQUEST_SOURCE } from '../request-input';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, credentialName, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { ARGUMENT_INJECTION_RULE, ARGUMENT_OPTION_PROGRAM, AUTH_COOKIE_NAME, AUTH_COOKIE_VARIABLE, COMPARED_WITH_NOTHING, CORS_REFLECTED_ORIGIN_RULE, CREDENTIALED_ANY_ORIGIN_RULE, DEFAULT_CREDENTIAL_RULE, DOWNLOAD_PIPED_TO_SHELL, FIELD_EQUALITY, FIXED_TEMP_PATH_RULE, GO_COMPARED_VALUE, GO_SECRET_INPUT, GO_SECRET_NAME, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, IP_HEADER_NAME, JWT_EXPIRY_UNCHECKED_RULE, JWT_KEY_NAME, JWT_NONE_ALGORITHM_RULE, JWT_SECRET_NAME, JWT_SIGNATURE_UNCHECKED_RULE, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_EQUALS, PASSWORD_FAST_HASH_RULE, PASSWORD_WORD, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, QUOTED_ARGUMENTS_BEFORE, SECRET_NAME_KEYWORDS, SECRET_VALUE_NAME, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SHELL_COMMAND_FLAG, SHELL_COMMAND_STRING_RULE, SHELL_PROGRAM, SQL_BUILT_INTO_QUERY_RULE, SQL_CAPS_STATEMENT, SQL_TEXT_BUILT_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, ZIP_SLIP_RULE } from './shared-families';

// Adjacent repeats never accept the same characters, and argument fillers exclude parentheses, so matching
// stays linear and a match cannot run on into the next call.

const REQ = GO_REQUEST_SOURCE;
/** The start of a call's arguments, possibly inside one nested call. */
const ARG_PREFIX = String.raw`[^\n()]{0,200}(?:\([^\n()]{0,200})?`;
/** The rest of a call on its line, with at most one nested call in it. */
const CALL_REST = String.raw`[^\n()]{0,200}(?:\([^\n()]{0,200}\)[^\n()]{0,200})?`;
/** Request-data words, the prefilter of the rules that need request data in the match. */
const REQ_KEYWORDS = ['url.query', 'formvalue', 'form.get', 'header.get', 'url.path', 'rawquery', 'c.param', 'c.query', 'c.defaultquery', 'c.postform', 'queryparam', 'getheader', 'mux.vars', 'chi.urlparam'];
// CORS options that allow any origin: gin-contrib's AllowAllOrigins, rs/cors' "*" and an origin function that says yes.
const ANY_ORIGIN = String.raw`(?:\bAllowAllOrigins:\s{0,5}true\b|\bAllowedOrigins:\s{0,5}\[\]string\s{0,5}\{\s{0,20}"\*"\s{0,20}\}|\bAllowOriginFunc:\s{0,5}func\s{0,5}\([^()\n]{0,100}\)\s{0,5}bool\s{0,5}\{\s{0,20}return\s{1,5}true\s{0,20}\})`;
// net/http and gin redirects, up to their targets.
const HTTP_REDIRECT = String.raw`\bhttp\.Redirect\s{0,5}\(\s{0,60}\w{1,60}\s{0,5},\s{0,60}\w{1,60}\s{0,5},\s{0,60}`;
// A gin or echo redirect, up to its target.
const GIN_REDIRECT = String.raw`\bc\.Redirect\s{0,5}\(\s{0,60}[\w.]{1,100}\s{0,5},\s{0,60}`;
// An HTTP request from the server, up to its URL: net/http's functions and a client's methods (httpClient.Post).
const HTTP_GET = String.raw`\b(?:http|\w{0,40}[Cc]lient)\.(?:Get|Post|Head|PostForm)\s{0,5}\(\s{0,60}`;
// A call that opens, serves, joins or removes a path, up to its arguments.
const PATH_CALL = String.raw`\b(?:filepath\.Join|path\.Join|os\.Open|os\.OpenFile|os\.ReadFile|ioutil\.ReadFile|os\.Create|os\.Remove|os\.RemoveAll|os\.WriteFile|ioutil\.WriteFile|os\.Mkdir(?:All)?|os\.Rename|http\.ServeFile|c\.File|c\.Attachment)\s{0,5}\(`;
const SHELL = `"${SHELL_PROGRAM}"`;
const SQL_KEYWORD = String.raw`\s{0,60}(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|PRAGMA|SHOW|GRANT|WITH|select|insert|update|delete|replace|create|drop|alter|truncate|pragma|show|grant|with)\b`;
/** A string literal (interpreted or raw) that starts with a SQL keyword. */
const SQL_LIT = String.raw`(?:"` + SQL_KEYWORD + String.raw`[^"\n]{0,1000}"|\x60` + SQL_KEYWORD + String.raw`[^\x60]{0,1000}\x60)`;
// A database/sql, sqlx or GORM query call, up to its query argument.
const QUERY_CALL = String.raw`\.(?:Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|Prepare|PrepareContext|Queryx|QueryRowx|Get|Select|MustExec|Raw|Where)\s{0,5}\(\s{0,60}(?:ctx\s{0,5},\s{0,60}|&\w{1,60}\s{0,5},\s{0,60})?`;
// math/rand's draws (imported as rand, or as mrand or mathrand beside crypto/rand). Its Int() takes no argument;
// crypto/rand's Int(rand.Reader, max) is the safe one.
const MATH_RAND_CALL = String.raw`\b(?:m|math)?rand\.(?:(?:Intn|Int63n?|Int31n?|Uint32|Uint64|Float32|Float64|Perm|ExpFloat64|NormFloat64)\s{0,5}\(|Int\s{0,5}\(\s{0,60}\))`;
// Bytes named for a secret: a secret value's name, or a key or IV (key, ivBytes, aesKey, nonce), ending the name.
const SECRET_BYTES_NAME = String.raw`(?:${SECRET_VALUE_NAME}|(?:\b|_)(?:key|iv|KEY|IV)(?:_?(?:bytes|buf))?\b|[a-z0-9](?:Key|IV|Iv)(?:Bytes|Buf)?\b)`;
const SECURITY_TARGET = String.raw`${SECRET_VALUE_NAME}\s{0,60}(?::=|=)[^\n=]{0,1000}`;

// Calls that take a key, up to the key argument, with the shortest literal worth reporting there (a JWT or cookie
// signing secret is often a short word).
const KEY_CALLS: [call: string, minLength: number][] = [
  [String.raw`\b(?:aes\.NewCipher|chacha20poly1305\.NewX?)\s{0,5}\(\s{0,5}`, 8],
  [String.raw`\bhmac\.New\s{0,5}\(\s{0,5}[\w.]{1,40}\s{0,5},\s{0,5}`, 8],
  [String.raw`\b(?:SignedString|NewCookieStore|NewCookie)\s{0,5}\(\s{0,5}`, 3],
];
const KEY_CALL_KEYWORDS = ['aes.newcipher', 'chacha20poly1305.new', 'hmac.new', 'signedstring', 'newcookie'];
const AS_BYTES = String.raw`\[\]byte\s{0,5}\(\s{0,5}`;
/** Headers a client writes itself that proxies use for the client's address, quoted (rules using it ignore case). */
const IP_HEADER = `"${IP_HEADER_NAME}"`;

export const GO_RULES: RuleSpec[] = [
  {
    id: 'go.exec-shell-command',
    ...SHELL_COMMAND_STRING_RULE,
    languages: GO,
    patterns: [
      String.raw`\bexec\.Command(?:Context)?\s{0,5}\(\s{0,60}(?:\w{1,60}\s{0,5},\s{0,60})?` + SHELL + String.raw`\s{0,60},\s{0,60}"${SHELL_COMMAND_FLAG}"\s{0,5},\s{0,60}(?:[^"\s)]|"[^"\n]{0,300}"\s{0,60}\+)`,
      String.raw`\bsyscall\.Exec\s{0,5}\(\s{0,60}` + SHELL + String.raw`\s{0,60},\s{0,60}\[\]string\s{0,5}\{\s{0,60}"[^"\n]{0,300}"\s{0,5},\s{0,60}"-c"\s{0,5},\s{0,60}(?:[^"\s}]|"[^"\n]{0,300}"\s{0,60}\+)`,
    ],
    keywords: ['exec.command', 'syscall.exec'],
    examples: {
      bad: [
        'cmd := exec.Command("sh", "-c", "tar xzf "+archive)',
        'out, err := exec.Command("bash", "-c", fmt.Sprintf("ping -c 1 %s", host)).Output()',
        'cmd := exec.CommandContext(ctx, "/bin/sh", "-c", script)',
        'exec.Command("cmd", "/C", userCmd).Run()', 'syscall.Exec("/bin/sh", []string{"sh", "-c", script}, os.Environ())'],
      good: [
        'cmd := exec.Command("tar", "xzf", archive)',
        'cmd := exec.Command("sh", "-c", "ls -l | wc -l")',
        '// exec.Command("sh", "-c", input) is dangerous',
      ],
    },
  },
  {
    id: 'go.sql-string-format',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: GO,
    patterns: [
      QUERY_CALL + String.raw`(?:fmt\.Sprintf\s{0,5}\(\s{0,60}` + SQL_LIT + '|' + SQL_LIT + String.raw`\s{0,60}\+\s{0,60}[\w(])`,
    ],
    keywords: ['query', 'exec', 'prepare', '.get(', '.select(', '.raw(', '.where('],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    examples: {
      bad: [
        'rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = \'%s\'", name))',
        'row := db.QueryRow("SELECT id FROM users WHERE email = \'" + email + "\'")',
        '_, err = tx.ExecContext(ctx, fmt.Sprintf("DELETE FROM items WHERE id = %s", id))',
        'db.Raw(fmt.Sprintf("SELECT * FROM orders WHERE user_id = %d", uid)).Scan(&orders)',
        'rows, err := db.Query(fmt.Sprintf(`\n    SELECT name\n    FROM users\n    WHERE id = %s`, id))',
      ],
      good: [
        'rows, err := db.Query("SELECT * FROM users WHERE name = $1", name)',
        'row := db.QueryRow("SELECT id FROM users WHERE email = ?", email)',
        'log.Printf(fmt.Sprintf("SELECT took %s", d))',
      ],
    },
  },
  {
    id: 'go.sql-query-built',
    ...SQL_TEXT_BUILT_RULE,
    languages: GO,
    patterns: [
      String.raw`\bfmt\.Sprintf\s{0,5}\(\s{0,60}["\x60]\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\x60%]{0,1000}%[svdq]`,
      String.raw`[\s=(,:]"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\n]{0,300}"\s{0,60}\+\s{0,60}[A-Za-z_]`,
      // A query builder's condition with a value joined in: db.Where("name = '" + name + "'"), Where(fmt.Sprintf(...)).
      String.raw`\.(?:Where|Having|Joins|Or|Not)\s{0,5}\(\s{0,60}(?:fmt\.Sprintf\s{0,5}\(\s{0,60}"[^"\n]{0,200}?(?:[=<>]|\b(?:LIKE|like|IN|in)\b)\s{0,60}'?%[svdq]|"[^"\n]{0,200}?(?:[=<>]|\b(?:LIKE|like|IN|in)\b)\s{0,60}'?%?"\s{0,60}\+\s{0,60}[A-Za-z_])`,
      // A strings.Builder given SQL that ends inside an open quote, for the next write to fill: "... WHERE name = '".
      String.raw`\.WriteString\s{0,5}\(\s{0,60}"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\n]{0,300}(?:[=<>(]|\b(?:LIKE|like))\s{0,5}'%?"\s{0,5}\)`,
      // SQL text grown with a value in the next statement: q := "SELECT ... FROM "\n q += table, or a strings.Builder's
      // next write (text ending in an open quote is the pattern above's).
      String.raw`"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\n]{0,300}[^'%"\n]"\s{0,5}\)?[^\S\n]{0,40}\n[^\n]{0,60}?(?<report>\b\w{1,40}\s{0,5}(?:\+=|\.\s{0,5}WriteString\s{0,5}\()\s{0,5}[A-Za-z_][\w.]{0,60}(?:\(\s{0,5}\))?\s{0,5}(?:\)|$))`,
      String.raw`\.Order\s{0,5}\(\s{0,60}` + REQ,
    ],
    // Built right inside the query call: go.sql-string-format reports that. (A request read such as c.Query("id")
    // inside the Sprintf is not a query call.)
    unless: [PLACEHOLDER_LIST_BUILT, QUERY_CALL + String.raw`(?:fmt\.Sprintf\s{0,5}\(\s{0,60})?` + SQL_LIT],
    matcher: 'grows-same-variable',
    keywords: ['select', 'insert', 'update', 'delete', 'replace', '.where(', '.having(', '.joins(', '.or(', '.not(', '.order('],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    examples: {
      bad: [
        'query := fmt.Sprintf("SELECT * FROM users WHERE id = %s", id)',
        'q := "DELETE FROM sessions WHERE token = \'" + token + "\'"',
        'q := fmt.Sprintf("SELECT * FROM users WHERE id = %s", c.Query("id"))', 'db.Where("name = \'" + name + "\'").First(&user)', 'db.Where(fmt.Sprintf("name = \'%s\'", name)).Find(&users)', 'db.Order(r.URL.Query().Get("sort")).Find(&items)', 'db.Model(&User{}).Where("name LIKE \'%" + search + "%\'").Find(&users)', 'var sb strings.Builder\nsb.WriteString("SELECT * FROM users WHERE name = \'")\nsb.WriteString(name)', 'q := "SELECT COUNT(*) FROM "\nq += table', 'sb.WriteString("SELECT * FROM ")\nsb.WriteString(tableName)'],
      good: [
        'q := "SELECT COUNT(*) FROM orders"\ntotal += count','query := "SELECT name FROM widgets WHERE id IN (" + strings.Join(ph, ",") + ")"', 'query := "SELECT * FROM users WHERE id = $1"', 'msg := fmt.Sprintf("Select %d items", n)', '// q := fmt.Sprintf("SELECT %s", x)', 'db.Where("name = ?", name).First(&user)', 'db.Where("name LIKE ?", "%"+search+"%").Find(&users)', 'sb.WriteString("SELECT * FROM users WHERE name = $1")', 'sb.WriteString("SELECT id FROM users WHERE name = \'admin\'")', 'msg := "DELETE request for " + path', 'log := fmt.Sprintf("UPDATE done for %s", name)', 'q := "SELECT * FROM users WHERE id = $1"\nq += " ORDER BY id"', 'q := "SELECT * FROM users"\nn += len(q)'],
    },
  },
  {
    id: 'go.tls-insecure-skip-verify',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: GO,
    patterns: [String.raw`\bInsecureSkipVerify\s*(?::|=)\s*true\b`],
    keywords: ['insecureskipverify'],
    examples: {
      bad: ['tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}', 'cfg.InsecureSkipVerify = true'],
      good: ['cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}', 'cfg.InsecureSkipVerify = false', '// never set InsecureSkipVerify: true'],
    },
  },
  {
    id: 'go.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: GO,
    patterns: [String.raw`\b(?:MinVersion|MaxVersion)\s*[:=]\s*tls\.Version(?:SSL30|TLS10|TLS11)\b`],
    keywords: ['minversion', 'maxversion'],
    examples: {
      bad: ['cfg := &tls.Config{MinVersion: tls.VersionTLS10}', 'cfg.MinVersion = tls.VersionTLS11'],
      good: ['cfg := &tls.Config{MinVersion: tls.VersionTLS12}', 'cfg.MinVersion = tls.VersionTLS13'],
    },
  },
  {
    id: 'go.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: GO,
    patterns: [
      String.raw`\bsha(?:256|512)\s{0,60}\.\s{0,5}Sum(?:224|256|384|512)\s{0,5}\(\s{0,60}\[\]byte\s{0,5}\(\s{0,60}[\w.]{0,60}?` + PASSWORD_WORD + String.raw`\w{0,20}\b`,
    ],
    keywords: ['sha256.sum', 'sha512.sum'],
    examples: {
      bad: ['sum := sha256.Sum256([]byte(password))'],
      good: ['hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)', 'sum := sha256.Sum256(body)'],
    },
  },
  {
    id: 'go.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: GO,
    // zip.File's and tar.Header's Name (os.FileInfo's is a method: f.Name()).
    patterns: [String.raw`\bfilepath\.Join\s{0,5}\([^;\n]{0,100}\b(?:f|file|zf|entry|hdr|header|h)\s{0,60}\.\s{0,5}Name\s{0,5}[,)]`],
    keywords: ['filepath.join'],
    examples: {
      bad: ['for _, f := range r.File {\n\tpath := filepath.Join(dest, f.Name)\n\tout, _ := os.Create(path)'],
      good: [
        'for _, f := range r.File {\n\tpath := filepath.Join(dest, f.Name)\n\tif !strings.HasPrefix(path, filepath.Clean(dest)+string(os.PathSeparator)) {\n\t\treturn fmt.Errorf("illegal path: %s", f.Name)\n\t}',
        'path := filepath.Join(dir, info.Name())',
      ],
    },
  },
  {
    id: 'go.response-html-request',
    title: 'Escape request data written into HTML',
    languages: GO,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // fmt.Fprintf(w, "<h1>Hello %s</h1>", name); w.Write([]byte("<p>" + msg + "</p>")); echo's c.HTML(200, "<b>" + name)
      String.raw`\bfmt\.Fprint(?:f|ln)?\s{0,5}\(\s{0,60}w\s{0,5},\s{0,60}"[^"\n]{0,200}<[a-zA-Z][^"\n]{0,200}"\s{0,5},` + CALL_REST,
      // gin's c.Data(200, "text/html", []byte("<b>" + q)), and a string written straight to the response writer.
      String.raw`(?:\b(?:w|c\.Writer)\.Write\s{0,5}\(\s{0,60}\[\]byte\s{0,5}\(|\bc\.HTML\s{0,5}\(\s{0,60}[\w.]{1,100}\s{0,5},|\bc\.Data\s{0,5}\(\s{0,60}[\w.]{1,100}\s{0,5},\s{0,60}"text/html[^"\n]{0,40}"\s{0,5},\s{0,60}\[\]byte\s{0,5}\(|\b(?:w|c\.Writer)\.WriteString\s{0,5}\(|\bio\.WriteString\s{0,5}\(\s{0,60}(?:w|c\.Writer)\s{0,5},)\s{0,60}"[^"\n]{0,200}<[a-zA-Z][^"\n]{0,200}"\s{0,60}\+` + CALL_REST,
    ],
    matcher: 'request-input',
    unless: [String.raw`\b(?:html\.EscapeString|template\.HTMLEscapeString|url\.QueryEscape)\s{0,5}\(`],
    keywords: ['fprint', 'w.write', 'c.html', 'c.data', 'writer.write', 'io.writestring'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Request data goes into HTML unescaped, so a link with <script> in it runs in the visitor\'s browser (XSS); use html/template or html.EscapeString.',
    examples: {
      bad: [
        'fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name"))',
        'name := c.Param("name")\nw.Write([]byte("<p>" + name + "</p>"))',
        'c.Data(200, "text/html", []byte("<b>"+c.Query("q")+"</b>"))',
        'c.Writer.WriteString("<p>" + c.Query("q") + "</p>")',
        'io.WriteString(w, "<h1>Hello "+r.FormValue("name")+"</h1>")',
      ],
      good: [
        'fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.URL.Query().Get("name")))',
        'fmt.Fprintf(w, "<h1>%d items</h1>", count)',
        'c.Data(200, "text/plain", []byte("<b>"+c.Query("q")+"</b>"))',
        'c.Writer.WriteString("<p>" + html.EscapeString(c.Query("q")) + "</p>")',
      ],
    },
  },
  {
    id: 'go.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: GO,
    patterns: [
      // A nested call ends the first argument's filler, so the two fillers cannot share characters.
      String.raw`\bpbkdf2\.Key\s{0,5}\([^,()\n]{1,100}(?:\([^()\n]{0,100}\)[^,()\n]{0,100})?,[^,()\n]{1,100},\s{0,20}\d{1,4}\s{0,5},`,
      String.raw`\bbcrypt\.GenerateFromPassword\s{0,5}\(` + CALL_REST + String.raw`,\s{0,60}(?:bcrypt\.MinCost|[4-9])\s{0,60}\)`,
    ],
    keywords: ['pbkdf2.key', 'generatefrompassword'],
    examples: {
      bad: ['dk := pbkdf2.Key([]byte(password), salt, 1000, 32, sha256.New)', 'hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)'],
      good: ['dk := pbkdf2.Key([]byte(password), salt, 600000, 32, sha256.New)', 'hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)'],
    },
  },
  {
    id: 'go.insecure-cookie',
    ...INSECURE_COOKIE_RULE,
    languages: GO,
    patterns: [
      // http.Cookie{..., HttpOnly: false}; gin's c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly).
      String.raw`\b(?:HttpOnly|Secure)\s{0,60}:\s{0,60}false\b`,
      String.raw`\.SetCookie\s{0,5}\((?:[^,()\n]{1,100},){5}\s{0,60}(?:false\s{0,5},\s{0,60}(?:true|false)|true\s{0,5},\s{0,60}false)\s{0,60}\)`,
    ],
    keywords: ['httponly', 'secure', 'setcookie'],
    examples: {
      bad: [
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: false})',
        'c.SetCookie("session_id", sid, 3600, "/", "", false, false)',
      ],
      good: [
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true})',
        'c.SetCookie("session_id", sid, 3600, "/", "", true, true)',
      ],
    },
  },
  {
    id: 'go.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: GO,
    patterns: [
      // A session or token cookie literal that sets neither flag: both default to off.
      String.raw`\bhttp\.Cookie\s{0,5}\{[^{}]{0,300}?\b(?:Name\s{0,5}:\s{0,5}(?:"${AUTH_COOKIE_NAME}"|${AUTH_COOKIE_VARIABLE}\s{0,5},)|Value\s{0,5}:\s{0,5}(?:\w{1,40}\.){0,2}(?:session|sess|sid|token|jwt|\w{0,30}(?:Session|Sess|Sid|SID|Token|JWT|Jwt))(?:ID|Id)?\b)[^{}]{0,300}\}`,
    ],
    // Either flag named at all (set, or set to false, which go.insecure-cookie reports); a deletion or CSRF cookie.
    unlessMatch: [String.raw`\b(?:HttpOnly|Secure)\s{0,5}:`, ...NOT_A_SESSION_COOKIE],
    keywords: ['http.cookie'],
    examples: {
      bad: [
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid})',
        'http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, Path: "/"})',
        'http.SetCookie(w, &http.Cookie{\n\tName:  "session_id",\n\tValue: id,\n\tPath:  "/",\n})',
      ],
      good: [
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Secure: cfg.SecureCookies, HttpOnly: true})',
        'http.SetCookie(w, &http.Cookie{Name: "theme", Value: theme, Path: "/"})',
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: false})',
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Secure: forceHTTPS, HttpOnly: true})',
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Secure: !devMode, HttpOnly: true})',
        'http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})',
        'http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: csrfToken, Path: "/"})',
        'http.SetCookie(w, &http.Cookie{Name: "author", Value: name, Path: "/"})',
        'http.SetCookie(w, &http.Cookie{Name: "tokenExpiry", Value: exp, Path: "/"})',
        'http.SetCookie(w, &http.Cookie{Name: "lastAssessment", Value: id, Path: "/"})',
      ],
    },
  },
  {
    id: 'go.ssh-insecure-host-key',
    title: "Check the SSH server's host key",
    languages: GO,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bssh\.InsecureIgnoreHostKey\s*\(\s*\)`],
    keywords: ['insecureignorehostkey'],
    scope: 'code',
    lesson: 'tls-verification',
    cwe: ['CWE-322', 'CWE-295'],
    owasp: 'A07:2021',
    message: "Ignoring the host key lets anyone on the network path pose as the SSH server and read the session, passwords included; check it against known_hosts (knownhosts.New) or a pinned key.",
    examples: {
      bad: ['config := &ssh.ClientConfig{User: "deploy", Auth: auth, HostKeyCallback: ssh.InsecureIgnoreHostKey()}'],
      good: ['hostKeys, err := knownhosts.New(filepath.Join(home, ".ssh", "known_hosts"))\nconfig := &ssh.ClientConfig{User: "deploy", Auth: auth, HostKeyCallback: hostKeys}', '// ssh.InsecureIgnoreHostKey() is for tests only'],
    },
  },
  {
    id: 'go.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:md5|sha1|md4)\.(?:New|Sum)\s*\(`, String.raw`\bcrypto\.(?:MD5|SHA1|MD4)\b`],
    unless: [NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'sha1', 'md4'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collision resistance and far too fast for passwords; use SHA-256 for integrity and bcrypt or argon2 for passwords.',
    examples: {
      bad: ['h := md5.New()', 'sum := sha1.Sum([]byte(password))', 'sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA1, digest)'],
      good: ['func ETag(body []byte) string {\n\tsum := md5.Sum(body)\n\treturn hex.EncodeToString(sum[:])\n}', 'h := sha256.New()', 'sum := sha256.Sum256(data)', 'import "crypto/md5" // kept for a legacy checksum', 'etag := fmt.Sprintf("%x", md5.Sum(body))'],
    },
  },
  {
    id: 'go.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: GO,
    patterns: [
      ...KEY_CALLS.map(([call, minLength]) => String.raw`${call}${AS_BYTES}["\x60](?<secret>[^"\x60\n]{${minLength},200})["\x60]`),
      // A JWT signing key declared as bytes: var jwtKey = []byte("..."), the key itself whatever it is used by.
      String.raw`\b${JWT_KEY_NAME}\s{0,5}(?::=|=)\s{0,5}${AS_BYTES}["\x60](?<secret>[^"\x60\n]{3,200})["\x60]`,
    ],
    matcher: 'not-stand-in',
    keywords: [...KEY_CALL_KEYWORDS, 'jwt'],
    examples: {
      bad: [
        'block, err := aes.NewCipher([]byte("Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"))',
        'mac := hmac.New(sha256.New, []byte("whk-9f8e7d6c5b4a3928"))',
        'aead, err := chacha20poly1305.New([]byte("Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"))',
        'signed, err := token.SignedString([]byte("my-signing-key-2024"))',
        'token, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("secret"))',
        'store := sessions.NewCookieStore([]byte("s3ss10n-k3y-prod"))',
        'var jwtKey = []byte("my_secret_key")',
        'jwtSigningKey := []byte("k8Jd92hdQxz-signing")',
      ],
      good: [
        'block, err := aes.NewCipher(key)',
        'mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SECRET")))',
        'block, err := aes.NewCipher([]byte("your-32-byte-encryption-key-here"))',
        'mac := hmac.New(sha512.New, []byte("Bitcoin seed"))',
        'signed, err := token.SignedString([]byte(os.Getenv("JWT_SECRET")))',
        'var jwtKey = []byte(os.Getenv("JWT_KEY"))',
        'jwtHeaderKey := []byte("kid")',
        'var jwtPublicKey = []byte("rsa-public-key-fingerprint")',
      ],
    },
  },
  {
    id: 'go.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: GO,
    patterns: KEY_CALLS.map(([call]) => String.raw`${call}(?:${AS_BYTES})?[A-Za-z_]\w{0,60}\s{0,5}\)`),
    // A JWT key or secret passed as it was declared, as bytes: go.hardcoded-key or go.hardcoded-password reports its literal.
    unlessMatch: [String.raw`^SignedString\s{0,5}\(\s{0,5}(?:${JWT_KEY_NAME}|${JWT_SECRET_NAME})\s{0,5}\)$`],
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        'var key = []byte("Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a")\n\nfunc encrypt(data []byte) {\n\tblock, _ := aes.NewCipher(key)',
        'signingKey := []byte("k8Jd92hdQxz-signing")\nsigned, err := token.SignedString(signingKey)',
        'const jwtSecret = "k8Jd92hdQxz-signing"\nsigned, err := token.SignedString([]byte(jwtSecret))',
        'macKey := []byte("whk-9f8e7d6c5b4a3928")\nmac := hmac.New(sha256.New, macKey)',
        'const webhookSecret = "whk-9f8e7d6c5b4a3928"\nmac := hmac.New(sha256.New, []byte(webhookSecret))',
      ],
      good: [
        'key := []byte(os.Getenv("DATA_KEY"))\nblock, _ := aes.NewCipher(key)',
        'key := make([]byte, 32)\nrand.Read(key)\nblock, _ := aes.NewCipher(key)',
        'macKey := []byte(os.Getenv("WEBHOOK_SECRET"))\nmac := hmac.New(sha256.New, macKey)',
        'jwtKey := []byte("jwt-signing-" + os.Getenv("JWT_SECRET"))\nsigned, err := token.SignedString(jwtKey)',
      ],
    },
  },
  {
    id: 'go.static-iv',
    ...STATIC_IV_RULE,
    languages: GO,
    // iv := make([]byte, aes.BlockSize) is all zeros until something fills it: reported when an encrypter uses it
    // within the next lines and nothing reads random bytes (or a received IV) into it.
    patterns: [
      String.raw`\b(?:iv|IV|nonce|Nonce)\s{0,5}:?=\s{0,5}make\s{0,5}\(\s{0,5}\[\]byte\s{0,5},\s{0,5}(?:aes\.BlockSize|\w{1,30}\.NonceSize\s{0,5}\(\s{0,5}\)|\d{1,2})\s{0,5}\)`,
      String.raw`\b(?:iv|IV|nonce|Nonce)\s{0,5}:?=\s{0,5}\[\]byte\s{0,5}\(\s{0,5}"`,
      String.raw`\bcipher\.New(?:CBCEncrypter|CFBEncrypter|CTR|OFB)\s{0,5}\(\s{0,5}\w{1,30}\s{0,5},\s{0,5}make\s{0,5}\(`,
    ],
    matcher: 'iv-left-zero',
    keywords: ['make', '[]byte("'],
    examples: {
      bad: [
        'iv := make([]byte, aes.BlockSize)\nmode := cipher.NewCBCEncrypter(block, iv)\nmode.CryptBlocks(out, plaintext)',
        'nonce := make([]byte, gcm.NonceSize())\nsealed := gcm.Seal(nil, nonce, plaintext, nil)',
        'mode := cipher.NewCBCEncrypter(block, make([]byte, aes.BlockSize))',
        'iv := []byte("1234567890123456")\nstream := cipher.NewCFBEncrypter(block, iv)',
      ],
      good: [
        'iv := make([]byte, aes.BlockSize)\nif _, err := io.ReadFull(rand.Reader, iv); err != nil {\n\treturn nil, err\n}\nmode := cipher.NewCBCEncrypter(block, iv)',
        'nonce := make([]byte, gcm.NonceSize())\nif _, err := rand.Read(nonce); err != nil {\n\treturn nil, err\n}\nsealed := gcm.Seal(nonce, nonce, plaintext, nil)',
        'iv := make([]byte, aes.BlockSize)\ncopy(iv, data[:aes.BlockSize])\nmode := cipher.NewCBCDecrypter(block, iv)',
      ],
    },
  },
  {
    id: 'go.weak-cipher',
    title: 'Avoid DES, 3DES, RC4 and Blowfish',
    languages: GO,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:des\.NewCipher|des\.NewTripleDESCipher|rc4\.NewCipher|blowfish\.NewCipher|cast5\.NewCipher)\s*\(`,
      String.raw`\btls\.TLS_\w{0,40}_WITH_(?:RC4|3DES)\w{0,20}`,
    ],
    keywords: ['des.new', 'rc4.new', 'blowfish.new', 'cast5.new', 'tls_'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, 3DES, RC4, Blowfish and CAST5 are broken or have blocks small enough to attack, so data they protect can be recovered; use AES-GCM or ChaCha20-Poly1305.',
    examples: {
      bad: ['block, err := des.NewCipher(key)', 'c, err := rc4.NewCipher(key)', 'cfg := &tls.Config{CipherSuites: []uint16{tls.TLS_RSA_WITH_RC4_128_SHA}}'],
      good: ['block, err := aes.NewCipher(key)', 'aead, err := chacha20poly1305.New(key)'],
    },
  },
  {
    id: 'go.math-rand-secret',
    title: 'Use crypto/rand for secret values',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      SECURITY_TARGET + MATH_RAND_CALL,
      // A zero-padded number of fixed width is a one-time code: fmt.Sprintf("%06d", rand.Intn(1000000)).
      String.raw`\bfmt\.Sprintf\s{0,5}\(\s{0,5}"%0[4-9]d"\s{0,5},\s{0,5}(?:int\s{0,5}\(\s{0,5})?` + MATH_RAND_CALL,
      // A function named for the secret that returns the draw: func otp() int { return rand.Intn(900000) }.
      String.raw`\bfunc\s{1,5}\w{0,30}(?:[Tt]oken|[Oo]tp|OTP|[Pp]assword|[Ss]ecret|[Aa]piKey|APIKey|[Nn]once|[Ss]alt|[Ss]ession(?:ID|Id))(?:ID|Id|String|Str|Hex|Code|Bytes)?\s{0,5}\([^()\n]{0,100}\)[^{\n]{0,40}\{\s{0,20}return\s[^\n]{0,100}?` + MATH_RAND_CALL,
    ],
    keywords: ['rand.'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'math/rand is a predictable generator, so tokens, passwords or keys drawn from it can be guessed; use crypto/rand (rand.Read or rand.Int with rand.Reader).',
    examples: {
      bad: [
        'token := strconv.Itoa(rand.Intn(1000000))',
        'resetCode := fmt.Sprintf("%06d", rand.Intn(999999))',
        'sessionID = rand.Int63()',
        'token := strconv.Itoa(rand.Int())',
        'passwordResetToken := strconv.Itoa(mrand.Int())',
        'func otp() int {\n\treturn mrand.Intn(900000) + 100000\n}',
        'code := fmt.Sprintf("%06d", rand.Int31n(1000000))',
      ],
      good: [
        'n, err := rand.Int(rand.Reader, big.NewInt(1000000))',
        'delay := time.Duration(rand.Intn(100)) * time.Millisecond',
        'maxTokens := rand.Intn(10)',
        'func maxTokens() int { return rand.Intn(10) }',
        'func otp() (int, error) {\n\tn, err := rand.Int(rand.Reader, big.NewInt(900000))',
        'label := fmt.Sprintf("%06d", seq)',
      ],
    },
  },
  {
    id: 'go.math-rand-string',
    title: 'Build random strings with crypto/rand',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\[\s{0,60}rand\.(?:Intn|Int63n|Int31n)\s{0,5}\(\s{0,60}(?:len\s{0,5}\(|int64\s{0,5}\(\s{0,60}len\s{0,5}\()`],
    unless: [SECURITY_TARGET + MATH_RAND_CALL],
    keywords: ['rand.'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'Picking characters with math/rand gives predictable strings, so if one serves as a token, password, key or hard-to-guess id it can be guessed; pick them with crypto/rand.',
    examples: {
      bad: ['b[i] = letters[rand.Intn(len(letters))]'],
      good: ['idx, _ := rand.Int(rand.Reader, big.NewInt(int64(len(letters))))\nb[i] = letters[idx.Int64()]', 'pick := items[i%len(items)]'],
    },
  },
  {
    id: 'go.template-html-unescaped',
    title: 'Do not convert dynamic strings to template.HTML',
    languages: GO,
    severity: 'error',
    confidence: 'medium',
    patterns: [String.raw`\btemplate\.(?:HTML|HTMLAttr|JS|JSStr|URL|CSS|Srcset)\s{0,5}\(\s{0,60}(?:[^"\s)]|"[^"\n]{0,300}"\s{0,60}\+)`],
    keywords: ['template.'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Converting a value to template.HTML (or JS, URL, CSS) tells html/template not to escape it, so any input in it is rendered as live markup and script; pass plain strings and let the template escape them.',
    examples: {
      bad: ['data := template.HTML(comment.Body)', 'out := template.HTML("<b>" + name + "</b>")', 'link := template.URL(r.URL.Query().Get("next"))'],
      good: ['data := template.HTML("<br>")', 'tmpl := template.Must(template.ParseFiles("page.html"))', 'data := html.EscapeString(comment.Body)'],
    },
  },
  {
    id: 'go.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: GO,
    patterns: [
      String.raw`\bos\.(?:Chmod|Lchmod)\s{0,5}\(` + CALL_REST + String.raw`\b0o?[0-7]?[0-7]{2}[2367]\b`,
      String.raw`\.Chmod\s{0,5}\(\s{0,60}0o?[0-7]?[0-7]{2}[2367]\b`,
      String.raw`\bsyscall\.Umask\s{0,5}\(\s{0,60}0\s{0,5}\)`,
    ],
    unless: [String.raw`\b0o?[0-7]{3,4}\s{0,5}(?:&\^|&|-)`],
    // A mode given to WriteFile, OpenFile or Mkdir is masked by the umask, so only Chmod and a cleared umask make
    // files world-writable.
    keywords: ['chmod', 'umask'],
    examples: {
      bad: ['os.Chmod(path, 0777)', 'f.Chmod(0o666)', 'syscall.Umask(0)'],
      good: ['os.Chmod(path, 0600)', 'err := os.WriteFile(path, data, 0644)', 'err := os.MkdirAll(dir, 0777)', 'err := os.WriteFile(path, data, 0777)', 'old := syscall.Umask(0077)'],
    },
  },
  {
    id: 'go.http-listen-no-tls',
    title: 'Serve HTTP over TLS',
    languages: GO,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\bhttp\.ListenAndServe\s*\(`],
    keywords: ['listenandserve'],
    scope: 'code',
    lesson: 'insecure-transport',
    cwe: ['CWE-319'],
    owasp: 'A02:2021',
    message: 'http.ListenAndServe serves plain HTTP, so anything sent to it, including cookies and passwords, can be read on the network unless a TLS proxy sits in front; use ListenAndServeTLS or terminate TLS before it.',
    examples: {
      bad: ['log.Fatal(http.ListenAndServe(":8080", mux))'],
      good: ['log.Fatal(http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", mux))'],
    },
  },
  {
    id: 'go.path-from-request',
    title: 'Do not build file paths from request data',
    languages: GO,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`${PATH_CALL}` + ARG_PREFIX + REQ,
      // The path's parts are variables, one of which holds request data.
      String.raw`${PATH_CALL}` + CALL_REST + String.raw`\)`,
    ],
    unless: [String.raw`\bfilepath\.Base\s{0,5}\(`, String.raw`\bsecurejoin\.`, String.raw`\bfilepath\.Clean\s{0,5}\(\s{0,60}"/"\s{0,60}\+`],
    matcher: 'request-input',
    keywords: [...REQ_KEYWORDS, 'filepath.join', 'path.join', 'os.open', 'os.readfile', 'ioutil.readfile', 'os.create', 'os.remove', 'servefile', 'c.file', 'c.attachment', 'writefile', 'os.mkdir', 'os.rename'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'This file path comes from request data, so a value such as ../../etc/passwd reaches files outside the intended folder; clean it, join it to a base folder and check the result stays inside.',
    examples: {
      bad: [
        'file, header, err := r.FormFile("upload")\ndst, err := os.Create(filepath.Join("uploads", header.Filename))',
        'path := filepath.Join(baseDir, r.URL.Query().Get("file"))',
        'data, err := os.ReadFile(r.FormValue("path"))',
        'http.ServeFile(w, r, filepath.Join("static", mux.Vars(r)["name"]))',
        'c.File(c.Query("path"))',
        'name := r.URL.Query().Get("file")\nhttp.ServeFile(w, r, filepath.Join(baseDir, name))',
      ],
      good: [
        'path := filepath.Join(baseDir, filepath.Base(r.URL.Query().Get("file")))',
        'data, err := os.ReadFile(configPath)',
        'name := r.URL.Query().Get("file")',
        'name := cfg.ReportFile\nhttp.ServeFile(w, r, filepath.Join(baseDir, name))',
      ],
    },
  },
  {
    id: 'go.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: GO,
    patterns: [
      String.raw`${HTTP_GET}(?:` + REQ + String.raw`|fmt\.Sprintf\s{0,5}\(\s{0,60}"[^"\n]{0,300}"\s{0,5},\s{0,60}` + REQ + String.raw`|"[^"\n]{0,300}"\s{0,60}\+\s{0,60}` + REQ + ')',
      String.raw`\bhttp\.NewRequest(?:WithContext)?\s{0,5}\(` + ARG_PREFIX + REQ,
      String.raw`\bnet\.Dial(?:Timeout)?\s{0,5}\(\s{0,60}"\w{2,10}"\s{0,5},\s{0,60}(?:` + REQ + String.raw`|\w{1,60}\s{0,5}[,)])`,
      String.raw`${HTTP_GET}(?:\w{1,60}\s{0,5}[,)]|fmt\.Sprintf\s{0,5}\(\s{0,60}"[^"\n]{0,300}"\s{0,5},\s{0,60}\w{1,60}|"[^"\n]{0,300}"\s{0,60}\+\s{0,60}\w{1,60})`,
    ],
    keywords: [...REQ_KEYWORDS, 'http.get', 'http.post', 'http.head', 'http.postform', 'client.get', 'client.post', 'client.head', 'net.dial'],
    examples: {
      bad: [
        'target := r.URL.Query().Get("url")\nresp, err := http.Get(target)',
        'resp, err := http.Get(r.URL.Query().Get("url"))',
        'resp, err := client.Get(r.URL.Query().Get("url"))',
        'resp, err := http.Get("http://" + r.FormValue("host") + "/status")',
        'req, err := http.NewRequest("GET", r.FormValue("target"), nil)', 'conn, err := net.Dial("tcp", r.FormValue("addr"))'],
      good: ['resp, err := http.Get(apiURL + "?q=" + url.QueryEscape(q))', 'req, err := http.NewRequest("GET", upstream, nil)', 'target := cfg.StatusURL\nresp, err := http.Get(target)'],
    },
  },
  {
    id: 'go.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: GO,
    patterns: [
      String.raw`${HTTP_REDIRECT}` + REQ,
      String.raw`${GIN_REDIRECT}` + REQ,
      String.raw`${HTTP_REDIRECT}\w{1,60}\s{0,5},`,
      String.raw`${GIN_REDIRECT}\w{1,60}\s{0,5}\)`,
      String.raw`\.Header\(\)\.Set\s{0,5}\(\s{0,60}"Location"\s{0,5},\s{0,60}(?:` + REQ + String.raw`|\w{1,60}\s{0,5}\))`,
    ],
    keywords: [...REQ_KEYWORDS, 'http.redirect', 'c.redirect', 'location'],
    examples: {
      bad: [
        'http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)',
        'c.Redirect(http.StatusFound, c.Query("return_to"))',
        'next := r.URL.Query().Get("next")\nhttp.Redirect(w, r, next, http.StatusFound)', 'w.Header().Set("Location", r.URL.Query().Get("url"))',
        'returnTo := c.Query("return_to")\nc.Redirect(http.StatusFound, returnTo)',
      ],
      good: [
        'http.Redirect(w, r, "/login", http.StatusFound)',
        'http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusFound)',
        'next := "/home"\nhttp.Redirect(w, r, next, http.StatusFound)',
        'returnTo := "/dashboard"\nc.Redirect(http.StatusFound, returnTo)',
      ],
    },
  },
  {
    id: 'go.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: GO,
    patterns: [String.raw`\.(?:Set|Add)\s{0,5}\(\s{0,60}"Access-Control-Allow-Origin"\s{0,5},\s{0,60}(?:` + REQ + String.raw`|\w{1,60}\s{0,5}\))`],
    examples: {
      bad: [
        'w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))',
        'origin := r.Header.Get("Origin")\nw.Header().Set("Access-Control-Allow-Origin", origin)',
        'c.Writer.Header().Set("Access-Control-Allow-Origin", c.Request.Header.Get("Origin"))',
      ],
      good: [
        'w.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")',
        'origin := r.Header.Get("Origin")\nif allowed[origin] {\n    w.Header().Set("Access-Control-Allow-Origin", origin)\n}',
      ],
    },
  },
  {
    id: 'go.jwt-none-algorithm',
    ...JWT_NONE_ALGORITHM_RULE,
    languages: GO,
    patterns: [String.raw`\bjwt\.(?:SigningMethodNone|UnsafeAllowNoneSignatureType)\b`],
    keywords: ['signingmethodnone', 'unsafeallownonesignaturetype'],
    examples: {
      bad: ['token := jwt.NewWithClaims(jwt.SigningMethodNone, claims)', 'token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil })'],
      good: ['token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)', 'token, err := jwt.Parse(raw, keyFunc)'],
    },
  },
  {
    id: 'go.jwt-unverified',
    ...JWT_SIGNATURE_UNCHECKED_RULE,
    languages: GO,
    patterns: [String.raw`\.ParseUnverified\s{0,5}\(`],
    keywords: ['parseunverified'],
    examples: {
      bad: ['token, _, err := parser.ParseUnverified(raw, claims)'],
      good: ['token, err := parser.ParseWithClaims(raw, claims, keyFunc)'],
    },
  },
  {
    id: 'go.exec-from-request',
    title: 'Do not let the request choose the program to run',
    languages: GO,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bexec\.Command(?:Context)?\s{0,5}\(\s{0,60}(?:\w{1,60}\s{0,5},\s{0,60})?(?:` + REQ + String.raw`|\w{1,60}\s{0,5}[,)])`],
    matcher: 'request-input',
    keywords: ['exec.command'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The request names the program that runs, so a caller can start any binary on the server; map allowed names to fixed paths.',
    examples: {
      bad: ['out, err := exec.Command(r.URL.Query().Get("cmd")).Output()', 'prog := r.FormValue("prog")\nout, err := exec.Command(prog, "--version").Output()'],
      good: ['out, err := exec.Command("git", "clone", repoURL).Output()', 'out, err := exec.Command(cfg.Tool, args...).Output()'],
    },
  },
  {
    id: 'go.cors-any-origin-credentials',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: GO,
    patterns: [
      String.raw`${ANY_ORIGIN}[^;]{0,300}?\bAllowCredentials:\s{0,5}true\b`,
      String.raw`\bAllowCredentials:\s{0,5}true\b[^;]{0,300}?${ANY_ORIGIN}`,
      // The same fields set one by one on a config value: config.AllowAllOrigins = true.
      String.raw`\.AllowAllOrigins\s{0,5}=\s{0,5}true\b[^;]{0,300}?\.AllowCredentials\s{0,5}=\s{0,5}true\b`,
      String.raw`\.AllowCredentials\s{0,5}=\s{0,5}true\b[^;]{0,300}?\.AllowAllOrigins\s{0,5}=\s{0,5}true\b`,
    ],
    keywords: ['allowcredentials'],
    reach: 'block',
    examples: {
      bad: [
        'router.Use(cors.New(cors.Config{AllowAllOrigins: true, AllowCredentials: true}))',
        'c := cors.New(cors.Options{\n\tAllowedOrigins:   []string{"*"},\n\tAllowCredentials: true,\n})',
        'handler := cors.New(cors.Options{AllowOriginFunc: func(o string) bool { return true }, AllowCredentials: true})', 'c := cors.New(cors.Options{AllowCredentials: true, AllowedOrigins: []string{"*"}})',
        'config := cors.DefaultConfig()\nconfig.AllowAllOrigins = true\nconfig.AllowCredentials = true',
        'config := cors.DefaultConfig()\nconfig.AllowCredentials = true\nconfig.AllowAllOrigins = true',
      ],
      good: ['config := cors.DefaultConfig()\nconfig.AllowOrigins = []string{"https://app.example.com"}\nconfig.AllowCredentials = true', 'config := cors.DefaultConfig()\nconfig.AllowAllOrigins = true', 'c := cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true})', 'c := cors.New(cors.Options{AllowedOrigins: []string{"*"}})'],
    },
  },
  {
    id: 'go.jwt-claims-unchecked',
    ...JWT_EXPIRY_UNCHECKED_RULE,
    languages: GO,
    patterns: [String.raw`\bjwt\.WithoutClaimsValidation\s*\(\s*\)`, String.raw`\bSkipClaimsValidation:\s*true\b`],
    keywords: ['withoutclaimsvalidation', 'skipclaimsvalidation'],
    examples: {
      bad: ['parser := jwt.NewParser(jwt.WithoutClaimsValidation())', 'parser := &jwt.Parser{SkipClaimsValidation: true}'],
      good: ['parser := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))'],
    },
  },
  {
    id: 'go.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: GO,
    patterns: [
      String.raw`\b\w{0,30}(?:[Tt]oken|[Ss]ecret|[Aa]pi[Kk]ey|[Ss]ignature|[Mm]ac|MAC|[Dd]igest)\w{0,20}\s{0,5}[!=]=\s{0,60}(?:r|req|c\.Request)\.Header\.Get\s{0,5}\(`,
      String.raw`\b(?:r|req|c\.Request)\.Header\.Get\s{0,5}\([^()\n]{1,60}\)\s{0,5}[!=]=\s{0,60}\w{0,30}(?:[Tt]oken|[Ss]ecret|[Aa]pi[Kk]ey|[Ss]ignature|[Mm]ac|MAC|[Dd]igest)\b`,
      String.raw`\b(?:string|hex\.EncodeToString)\s{0,5}\(\s{0,60}\w{0,30}(?:[Mm]ac|MAC|[Ss]ig|[Dd]igest)\w{0,20}\s{0,5}\)\s{0,5}[!=]=`,
      // A secret header, parameter or environment variable against another value.
      String.raw`(?:${GO_SECRET_INPUT})\s{0,5}[!=]=\s{0,5}${GO_COMPARED_VALUE}`,
      String.raw`${GO_COMPARED_VALUE}\s{0,5}[!=]=\s{0,5}(?:${GO_SECRET_INPUT})`,
      // Both sides named for a secret (a bare token with a named one): signature != expectedSignature.
      String.raw`(?:${GO_SECRET_NAME}|\btoken)\s{0,5}[!=]=\s{0,5}${GO_SECRET_NAME}`,
      String.raw`${GO_SECRET_NAME}\s{0,5}[!=]=\s{0,5}token\b`,
    ],
    // Change detection on a configuration (c.APIKey != old.APIKey) compares two stored values.
    unless: [FIELD_EQUALITY],
    unlessMatch: [...NOT_SECRET_COMPARED, COMPARED_WITH_NOTHING],
    keywords: ['header.get', 'string(', 'encodetostring', ...SECRET_NAME_KEYWORDS],
    requires: ['==', '!='],
    message: 'Comparing a secret with == stops at the first differing byte, so response times can reveal it; use hmac.Equal or subtle.ConstantTimeCompare.',
    examples: {
      bad: [
        'if token == r.Header.Get("X-Api-Key") {', 'if string(mac) == expectedMAC {', 'if r.Header.Get("X-Api-Key") != apiKey {',
        'if r.Header.Get("X-Api-Key") != os.Getenv("API_KEY") {', 'if c.GetHeader("X-Signature") != expected {', 'if signature != expectedSignature {',
        'if apiKey != cfg.APIKey {', 'if token != s.webhookSecret {', 'if cfg.APIToken != token {', 'if cfg.WebhookSecret != newSignature {',
        'if r.Header.Get("X-API-Key") != s.apiKey {',
      ],
      good: [
        'if subtle.ConstantTimeCompare([]byte(token), []byte(r.Header.Get("X-Api-Key"))) == 1 {', 'if hmac.Equal(mac, expectedMAC) {', 'if r.Header.Get("Accept") == "application/json" {',
        'if r.Header.Get("X-Api-Key") == "" {', 'if os.Getenv("API_KEY") == "" {', 'if tok == token.EOF {', 'if token != expectedToken {', 'if len(apiKey) != 32 {',
        'if c.Query("page_token") != nextPageToken {', 'return c.APIKey != old.APIKey', 'if newCfg.WebhookSecret != oldCfg.WebhookSecret {',
      ],
    },
  },
  {
    id: 'go.nosql-injection',
    title: 'Do not build MongoDB queries from request data',
    languages: GO,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // $where runs JavaScript on the server.
      String.raw`[{,]\s{0,20}"\$where"\s{0,5}:\s{0,5}(?:"[^"\n]{0,500}"\s{0,5}\+|fmt\.Sprintf\s{0,5}\()`,
      // A request body decoded straight into a filter can hold any operator ({"$ne": null}).
      String.raw`\bvar\s{1,5}\w{1,30}\s{1,5}bson\.[MD]\b[^;]{0,200}?json\.NewDecoder\s{0,5}\(\s{0,5}(?:r|req|c\.Request)\.Body\s{0,5}\)\s{0,5}\.\s{0,5}Decode\s{0,5}\(`,
    ],
    keywords: ['$where', 'bson.'],
    reach: 'block',
    scope: 'code',
    lesson: 'nosql-injection',
    cwe: ['CWE-943'],
    owasp: 'A03:2021',
    message: 'A filter built from request data can carry operators such as {"$ne": null} that match every document, and a built $where runs as JavaScript; decode into a struct and set each field yourself.',
    examples: {
      bad: ['filter := bson.M{"$where": "this.name == \'" + name + "\'"}', 'var filter bson.M\njson.NewDecoder(r.Body).Decode(&filter)\ncur, err := coll.Find(ctx, filter)'],
      good: ['filter := bson.M{"name": name}', 'var in SearchInput\njson.NewDecoder(r.Body).Decode(&in)\ncur, err := coll.Find(ctx, bson.M{"name": in.Name})'],
    },
  },
  {
    id: 'go.debug-exposed',
    title: 'Do not expose debug endpoints and modes',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bgin\.SetMode\s*\(\s*gin\.DebugMode\s*\)`, String.raw`\b_\s+"net/http/pprof"`],
    keywords: ['gin.debugmode', 'net/http/pprof'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-489', 'CWE-215'],
    owasp: 'A05:2021',
    message: 'Importing net/http/pprof serves /debug/pprof (heap, goroutines, command line) on the default mux, and gin\'s debug mode logs every route; keep them off public servers.',
    examples: {
      bad: ['import _ "net/http/pprof"', 'gin.SetMode(gin.DebugMode)'],
      good: ['gin.SetMode(gin.ReleaseMode)', 'import "net/http"'],
    },
  },
  {
    id: 'go.template-from-request',
    title: 'Do not parse templates from request data',
    languages: GO,
    severity: 'error',
    confidence: 'medium',
    patterns: [String.raw`\btemplate\s{0,60}\.\s{0,5}New\s{0,5}\([^()\n]{0,100}\)\s{0,5}(?:\.\s{0,5}\w{1,20}\s{0,5}\([^()\n]{0,100}\)\s{0,5}){0,3}\.\s{0,5}Parse\s{0,5}\(\s{0,60}(?:` + REQ + String.raw`|\w{1,60}\s{0,5}\))`],
    matcher: 'request-input',
    keywords: ['template.new'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-1336'],
    owasp: 'A03:2021',
    message: 'A template written by the caller can call the methods of every value passed to it and read what it should not; parse only templates you ship, and pass user text as data.',
    examples: {
      bad: ['t := template.Must(template.New("x").Parse(r.FormValue("tpl")))'],
      good: ['t := template.Must(template.New("x").Parse(pageTemplate))', 't.Execute(w, map[string]string{"Name": r.FormValue("name")})'],
    },
  },
  {
    id: 'go.file-server-root',
    title: 'Do not serve the whole file system',
    languages: GO,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bhttp\.FileServer\s*\(\s*http\.Dir\s*\(\s*"/"\s*\)\s*\)`],
    keywords: ['http.fileserver'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-552'],
    owasp: 'A01:2021',
    message: 'This file server hands out every file on the machine (keys, /etc, other apps\' data) to anyone who asks; serve a folder that holds only public files.',
    examples: {
      bad: ['http.Handle("/", http.FileServer(http.Dir("/")))'],
      good: ['http.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./public"))))'],
    },
  },
  {
    id: 'go.unsafe-pointer',
    title: 'Review unsafe.Pointer conversions',
    languages: GO,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\bunsafe\.Pointer\s*\(`],
    keywords: ['unsafe.pointer'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-242'],
    message: 'unsafe.Pointer bypasses Go type and memory safety, so a wrong size or lifetime here corrupts memory instead of failing cleanly; keep such code small and reviewed.',
    examples: {
      bad: ['p := (*int64)(unsafe.Pointer(&buf[0]))'],
      good: ['n := int64(binary.LittleEndian.Uint64(buf))', 'size := unsafe.Sizeof(x)'],
    },
  },
  {
    id: 'go.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: GO,
    patterns: [
      // dbPassword := "..."; const apiKey = "..."; Config{Password: "..."}
      CREDENTIAL_IDENTIFIER + String.raw`(?:\s{0,5}string)?\s{0,5}(?::=|=|:)\s{0,5}(?:\[\]byte\s{0,5}\(\s{0,5})?["\x60](?<secret>[^"\x60\s]{3,200})["\x60]`,
      // A password passed as a literal: req.SetBasicAuth("admin", "..."), smtp.PlainAuth("", "me@x.com", "...", host).
      String.raw`\.SetBasicAuth\s{0,5}\(\s{0,20}"[^"\n]{0,100}"\s{0,5},\s{0,20}"(?<secret>[^"\s]{3,200})"`,
      String.raw`\bsmtp\.PlainAuth\s{0,5}\(\s{0,20}"[^"\n]{0,100}"\s{0,5},\s{0,20}"[^"\n]{0,100}"\s{0,5},\s{0,20}"(?<secret>[^"\s]{3,200})"`,
    ],
    unlessMatch: NOT_A_CREDENTIAL,
    keywords: [...CREDENTIAL_KEYWORDS, 'signedstring', 'newcookiestore', 'newcookie', 'setbasicauth', 'plainauth'],
    message: 'A password or key is written into the code, so everyone with the source or the binary has it and rotating it needs a release; read it from the environment or a secret store at run time.',
    examples: {
      bad: [
        'dbPassword := "hunter2"',
        'const apiKey = "k3y-for-prod"',
        'cfg := mysql.Config{User: "app", Passwd: "Sup3rS3cret!"}',
        'var jwtSecret = []byte("k8Jd92hdQxz")',
        'req.SetBasicAuth("admin", "Adm1n-pa55!")',
        'auth := smtp.PlainAuth("", "alerts@example.com", "Mailp4ss-921", "smtp.example.com")',
      ],
      good: [
        'dbPassword := os.Getenv("DB_PASSWORD")',
        'const passwordEnv = "DB_PASSWORD"',
        'password := ""',
        'fmt.Println("password:", masked)',
        'req.SetBasicAuth("admin", os.Getenv("ADMIN_PASSWORD"))',
        'auth := smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host)',
      ],
    },
  },
  {
    id: 'go.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: GO,
    patterns: [String.raw`\brsa\.Generate(?:MultiPrime)?Key\s{0,5}\(\s{0,60}[\w.]{1,100}\s{0,5},\s{0,60}(?:\d{1,10}\s{0,5},\s{0,60})?${SHORT_MODULUS_BITS}\s{0,5}\)`],
    keywords: ['rsa.generate'],
    examples: {
      bad: ['key, err := rsa.GenerateKey(rand.Reader, 1024)', 'priv, _ := rsa.GenerateMultiPrimeKey(rand.Reader, 3, 1536)'],
      good: ['key, err := rsa.GenerateKey(rand.Reader, 2048)', 'key, err := rsa.GenerateKey(rand.Reader, bits)'],
    },
  },
  {
    id: 'go.math-rand-read',
    title: 'Read random bytes from crypto/rand',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    // With math/rand imported under its own name, rand.Read is its predictable Read (crypto/rand cannot then be
    // imported as rand too).
    // Reported where the bytes are a secret: a buffer named for one (key, iv, nonce, token), or the read in a
    // function named for one (func newNonce() []byte): test data and jitter filled with math/rand are fine.
    patterns: [
      String.raw`\brand\.Read\s{0,5}\(\s{0,5}&?(?:\w{1,40}\.){0,2}\w{0,30}${SECRET_BYTES_NAME}\s{0,5}(?:\[[^\[\]\n]{0,30}\])?\s{0,5}\)`,
      String.raw`\bfunc\s{1,5}(?:\([^()\n]{0,60}\)\s{0,5})?\w{0,30}${SECRET_BYTES_NAME}\s{0,5}\([^\n]{0,300}?(?:\n[^\n]{0,300}?){0,3}(?<report>\brand\.Read\s{0,5}\()`,
    ],
    reach: 'block',
    matcher: 'go-math-rand-imported',
    keywords: ['rand.read'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: "This rand.Read is math/rand's, a predictable generator, so keys, nonces or tokens filled by it can be recomputed; import crypto/rand for random bytes.",
    examples: {
      bad: [
        'import "math/rand"\n\nfunc nonce() []byte { b := make([]byte, 12); rand.Read(b); return b }',
        'import (\n\t"fmt"\n\t"math/rand"\n)\n\nfunc newKey() []byte {\n\tkey := make([]byte, 32)\n\trand.Read(key)\n\treturn key\n}',
        'import "math/rand"\n\nfunc encrypt(block cipher.Block, plain []byte) []byte {\n\tiv := make([]byte, aes.BlockSize)\n\trand.Read(iv)',
      ],
      good: [
        'import "crypto/rand"\n\nfunc nonce() []byte { b := make([]byte, 12); rand.Read(b); return b }',
        'import (\n\t"crypto/rand"\n\tmrand "math/rand"\n)\n\nfunc newKey() []byte {\n\tkey := make([]byte, 32)\n\trand.Read(key)\n\treturn key\n}',
        'import "math/rand"\n\nfunc BenchmarkEncode(b *testing.B) {\n\tbuf := make([]byte, 1<<20)\n\trand.Read(buf)\n}',
        'import "math/rand"\n\nfunc randomPayload(n int) []byte {\n\tdata := make([]byte, n)\n\trand.Read(data)\n\treturn data\n}',
      ],
    },
  },
  {
    id: 'go.default-credential',
    ...DEFAULT_CREDENTIAL_RULE,
    languages: GO,
    patterns: [
      // if password == "admin123" {; if user == "admin" && pass == "hunter22" {
      String.raw`(?:${PASSWORD_EQUALS}|\b(?:pass|pw)\s{0,5}[!=]=\s{0,5})"(?<secret>[^"\n]{1,200})"`,
      // A helper's fallback: getEnv("JWT_SECRET", "changeme").
      String.raw`\b\w{0,20}(?:[Gg]et[Ee]nv|[Ee]nv[Oo]r)\w{0,20}\s{0,5}\(\s{0,5}"[\w.-]{0,40}${credentialName()}"\s{0,5},\s{0,5}"(?<secret>[^"\n]{1,200})"\s{0,5}\)`,
    ],
    keywords: [...CREDENTIAL_KEYWORDS, 'pass', 'pw'],
    requires: ['==', '!=', 'nv'],
    examples: {
      bad: ['if user == "admin" && pass == "hunter22" {', 'if password != "s3cret!" {\n\treturn errUnauthorized\n}', 'jwtSecret := getEnv("JWT_SECRET", "changeme")'],
      good: [
        'if pass == "" {\n\treturn errMissing\n}',
        'if bcrypt.CompareHashAndPassword(hash, []byte(pass)) == nil {',
        'if password == confirm {',
        'if showPassword == "true" {',
        'jwtSecret := getEnv("JWT_SECRET", "")',
        'port := getEnv("PORT", "8080")',
        'if pass == "-" {\n\tpass = readStdin()\n}',
        'if opts.Password == "stdin" {',
        'if password == "********" {\n\treturn current\n}',
        'dbPassword := getEnvOrDefault("DB_PASSWORD", "${DB_PASSWORD}")',
      ],
    },
  },
  {
    id: 'go.ldap-filter-built',
    ...LDAP_FILTER_BUILT_RULE,
    languages: GO,
    patterns: [
      // fmt.Sprintf("(uid=%s)", name), "(&(objectClass=person)(uid=" + name + "))"
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}%[sv]`,
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}"\s{0,5}\+\s{0,60}[A-Za-z_]`,
    ],
    unless: [String.raw`\bldap\.EscapeFilter\s{0,5}\(`],
    examples: {
      bad: [
        'filter := fmt.Sprintf("(uid=%s)", username)',
        'filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", username)',
        'req := ldap.NewSearchRequest(base, ldap.ScopeWholeSubtree, 0, 0, 0, false, "(mail=" + email + ")", nil, nil)',
      ],
      good: [
        'filter := fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(username))',
        'filter := "(&(objectClass=person)(uid=admin))"',
        'log.Printf("lookup for %s", username)',
      ],
    },
  },
  {
    id: 'go.ip-header-access-check',
    title: 'Do not grant access by a client IP header',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\.Header\.Get\s{0,5}\(\s{0,5}${IP_HEADER}\s{0,5}\)\s{0,5}(?:==|!=)\s{0,5}"[^"\n]{1,100}"`,
      // A prefix or whole-value test; Contains only with an address in it (Contains(xff, ",") parses the list).
      String.raw`\bstrings\.(?:HasPrefix|EqualFold|Contains)\s{0,5}\(\s{0,5}[\w.]{1,60}\.Header\.Get\s{0,5}\(\s{0,5}${IP_HEADER}\s{0,5}\)\s{0,5},\s{0,5}"(?:\d{1,3}\.[\d./]{0,20}|[\da-f]{0,4}:[\da-f:./]{1,40})"`,
      String.raw`\bstrings\.(?:HasPrefix|EqualFold)\s{0,5}\(\s{0,5}[\w.]{1,60}\.Header\.Get\s{0,5}\(\s{0,5}${IP_HEADER}\s{0,5}\)\s{0,5},\s{0,5}"[^"\n]{1,100}"`,
    ],
    ignoreCase: true,
    keywords: ['forwarded-for', 'real-ip', 'client-ip', 'connecting-ip'],
    scope: 'code',
    lesson: 'spoofable-client-ip',
    cwe: ['CWE-290', 'CWE-348'],
    owasp: 'A07:2021',
    message: 'Access is decided by an address header that any client can set to any value (X-Forwarded-For: 127.0.0.1), so it proves nothing; require a login or a signed credential, and take the address from RemoteAddr or from a proxy you trust.',
    examples: {
      bad: [
        'if r.Header.Get("X-Forwarded-For") == "127.0.0.1" { admin = true }',
        'if strings.HasPrefix(r.Header.Get("X-Real-IP"), "10.") {',
        'if r.Header.Get("X-FORWARDED-FOR") == "127.0.0.1" {',
        'if strings.Contains(req.Header.Get("X-Forwarded-For"), "192.168.") {',
      ],
      good: [
        'if r.Header.Get("X-Forwarded-For") == "" {',
        'ip := r.Header.Get("X-Forwarded-For")\nlog.Printf("request from %s", ip)',
        'if host, _, _ := net.SplitHostPort(r.RemoteAddr); host == "127.0.0.1" {',
        'if strings.Contains(r.Header.Get("X-Forwarded-For"), ",") {',
      ],
    },
  },
  {
    id: 'go.temp-file-predictable',
    ...FIXED_TEMP_PATH_RULE,
    languages: GO,
    patterns: [
      String.raw`\b(?:os\.(?:Create|WriteFile|OpenFile|Mkdir|MkdirAll)|ioutil\.WriteFile)\s{0,5}\(\s{0,60}"/tmp/[^"\n]{1,200}"`,
      String.raw`\b(?:filepath|path)\.Join\s{0,5}\(\s{0,60}os\.TempDir\s{0,5}\(\s{0,5}\)\s{0,5},\s{0,60}"[^"\n]{1,200}"\s{0,5}\)`,
      String.raw`\bfmt\.Sprintf\s{0,5}\(\s{0,60}"/tmp/[^"\n]{0,200}"\s{0,5},\s{0,60}os\.Getpid\s{0,5}\(\s{0,5}\)`,
    ],
    keywords: ['"/tmp/', 'os.tempdir'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use os.CreateTemp or os.MkdirTemp.',
    examples: {
      bad: ['f, _ := os.Create("/tmp/app.pid")', 'os.WriteFile(filepath.Join(os.TempDir(), "session.json"), data, 0600)', 'p := fmt.Sprintf("/tmp/upload-%d", os.Getpid())'],
      good: ['f, err := os.CreateTemp("", "app-*.pid")', 'dir, err := os.MkdirTemp("", "session")\nos.WriteFile(filepath.Join(dir, "session.json"), data, 0600)', 'f, _ := os.Create(filepath.Join(cfg.DataDir, "app.pid"))'],
    },
  },
  {
    id: 'go.exec-args-from-request',
    ...ARGUMENT_INJECTION_RULE,
    languages: GO,
    // A program some of whose options run commands or write files, given a request value as an argument: a value
    // starting with - becomes an option (git's --upload-pack=<command>, ssh's -oProxyCommand=). "--" ends the options.
    patterns: [String.raw`\bexec\.Command(?:Context)?\s{0,5}\(\s{0,60}(?:\w{1,60}\s{0,5},\s{0,60})?"${ARGUMENT_OPTION_PROGRAM}"\s{0,5},(?:\s{0,60}"[^"\n]{0,100}"\s{0,5},){0,10}\s{0,60}(?:` + REQ + String.raw`|\w{1,60}\s{0,5}[,)])`],
    keywords: ['exec.command'],
    examples: {
      bad: ['cmd := exec.Command("git", "clone", r.FormValue("repo"))', 'host := r.URL.Query().Get("host")\nout, err := exec.Command("ssh", host, "uptime").Output()'],
      good: [
        'cmd := exec.Command("git", "clone", "--", r.FormValue("repo"))', 'out, err := exec.Command("git", "clone", repoURL).Output()', 'cmd := exec.Command("sh", "-c", "ls -l | wc -l")',
        'host := r.URL.Query().Get("host")\nout, err := exec.Command("ping", "-c", "1", host).Output()',
      ],
    },
  },
  {
    id: 'go.exec-command-line',
    title: 'Check which program a command line runs',
    languages: GO,
    severity: 'info',
    confidence: 'medium',
    // A string split into the program and its arguments: exec.Command(parts[0], parts[1:]...).
    patterns: [String.raw`\bexec\.Command(?:Context)?\s{0,5}\(\s{0,60}(?:\w{1,60}\s{0,5},\s{0,60})?\w{1,60}\[0\]\s{0,5},\s{0,60}\w{1,60}\[1:\]\s{0,5}\.\.\.\s{0,5}\)`],
    keywords: ['exec.command'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The program and its arguments come from a command line split at run time, so whoever writes that line picks what runs; run a fixed program with fixed options, or check the program against an allow-list.',
    examples: {
      bad: ['parts := strings.Fields(cmdline)\nexec.Command(parts[0], parts[1:]...).Run()'],
      good: ['exec.Command("git", args[1:]...).Run()', 'exec.Command(gitPath, "status", "--short").Run()'],
    },
  },
  {
    id: 'go.text-template-html',
    title: 'Render HTML with html/template',
    languages: GO,
    severity: 'error',
    confidence: 'medium',
    // A template executed into an HTTP response in a file that imports text/template (and not html/template).
    patterns: [String.raw`\.Execute(?:Template)?\s{0,5}\(\s{0,5}(?:w|c\.Writer)\s{0,5},`],
    matcher: 'go-text-template-in-response',
    keywords: ['.execute'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'text/template does not escape anything, so values rendered into this HTML response can carry script (XSS); import html/template, which escapes each value for where it appears.',
    examples: {
      bad: [
        'import "text/template"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tt, _ := template.New("p").Parse("<h1>{{.}}</h1>")\n\tt.Execute(w, r.FormValue("name"))\n}',
        'import "text/template"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Content-Type", "text/html; charset=utf-8")\n\tpageTmpl.Execute(w, r.FormValue("name"))\n}',
      ],
      good: [
        'import "html/template"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tt, _ := template.New("p").Parse("<h1>{{.}}</h1>")\n\tt.Execute(w, r.FormValue("name"))\n}',
        'import "text/template"\n\nfunc gen(w io.Writer) error {\n\treturn tmpl.Execute(w, data)\n}',
        'import "text/template"\n\nfunc install(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Content-Type", "text/x-shellscript")\n\tscriptTmpl.Execute(w, r.FormValue("version"))\n}',
        'import "text/template"\n\nfunc robots(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Content-Type", "text/plain; charset=utf-8")\n\trobotsTmpl.Execute(w, r.Host)\n}',
      ],
    },
  },
  {
    id: 'go.key-file-readable',
    title: 'Write private keys readable by the owner only',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:os\.(?:WriteFile|OpenFile)|ioutil\.WriteFile)\s{0,5}\([^\n]{0,300}?(?:[Pp]riv(?:ate)?_?[Kk]ey|PRIV(?:ATE)?_?KEY|(?:[^.\w]|[Ss]igning|[Ss]sh|[Hh]ost|[Tt]ls|TLS|[Ee]ncryption|[Aa]pi|API|[Mm]aster)_?[Kk]ey\b|[Kk]ey_?(?:[Ff]ile|[Pp]ath|PEM|[Pp]em|[Bb]ytes)|KEY_?(?:FILE|PATH)|\.key\b|\.pem\b|id_(?:rsa|ecdsa|ed25519)|[Ss]ecret|SECRET|[Pp]assword|PASSWORD|[Cc]redential)[^\n]{0,300}?,\s{0,60}0o?[0-7]?[0-7]{2}[4-7]\s{0,5}\)`,
    ],
    // Public halves and certificates are meant to be read.
    unlessMatch: [String.raw`[Pp]ub(?:lic)?(?:[Kk]ey|_key)|PUB(?:LIC)?_?KEY|\.pub\b|[Cc]ert|CERT|[Kk]nown_?[Hh]osts|[Kk]ey[Ss]et|[Kk]eyring|[Kk]eyword|[Kk]eys\b|[Kk]eymap`],
    keywords: ['writefile', 'openfile'],
    scope: 'code',
    lesson: 'file-permissions',
    cwe: ['CWE-732', 'CWE-276'],
    owasp: 'A01:2021',
    message: 'This mode lets every local user read the private key or secret written here (the umask does not take read access away), so any other account can copy it; write it with mode 0600.',
    examples: {
      bad: ['ioutil.WriteFile(keyFile, privKey, 0644)', 'os.WriteFile("id_rsa", key, 0644)', 'os.WriteFile("server.key", keyPEM, 0644)', 'os.WriteFile(path, key, 0644)'],
      good: [
        'os.WriteFile("id_rsa", key, 0600)', 'os.WriteFile("id_rsa.pub", pubKey, 0644)', 'os.WriteFile(certFile, certPEM, 0644)', 'os.WriteFile(path, data, 0644)',
        'os.WriteFile(filepath.Join(outDir, objectKey), body, 0644)', 'os.WriteFile(cacheKey, data, 0644)', 'os.WriteFile(*obj.Key, data, 0644)',
        'os.WriteFile(hashKey+".json", out, 0644)', 'os.WriteFile("keystrokes.log", buf, 0644)', 'os.WriteFile("keyframes.json", out, 0644)',
        'os.WriteFile("sort_key_index.json", idx, 0644)',
      ],
    },
  },
  {
    id: 'go.grpc-insecure-transport',
    title: 'Connect to gRPC servers over TLS',
    languages: GO,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bgrpc\.WithInsecure\s{0,5}\(\s{0,5}\)`,
      String.raw`\bgrpc\.WithTransportCredentials\s{0,5}\(\s{0,5}insecure\.NewCredentials\s{0,5}\(\s{0,5}\)\s{0,5}\)`,
    ],
    // A local address or an in-process listener never crosses a network.
    unless: [String.raw`"(?:localhost|127\.0\.0\.1|\[::1\]|unix:|bufnet|passthrough:///bufnet)`],
    keywords: ['withinsecure', 'insecure.newcredentials'],
    scope: 'code',
    lesson: 'insecure-transport',
    cwe: ['CWE-319'],
    owasp: 'A02:2021',
    message: 'This gRPC connection sends everything in plain text, so anyone on the network path can read or change the calls, tokens included; use credentials.NewTLS (or credentials.NewClientTLSFromCert).',
    examples: {
      bad: ['conn, err := grpc.Dial(address, grpc.WithInsecure())', 'conn, _ := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))'],
      good: [
        'conn, err := grpc.Dial(address, grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{})))',
        'conn, err := grpc.Dial("localhost:50051", grpc.WithInsecure())',
      ],
    },
  },
  {
    id: 'go.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: GO,
    patterns: [String.raw`\bexec\s{0,5}\.\s{0,5}Command(?:Context)?\s{0,5}\(\s{0,5}(?:[\w.]{1,30}\s{0,5},\s{0,5})?${QUOTED_ARGUMENTS_BEFORE}${DOWNLOAD_PIPED_TO_SHELL}`],
    keywords: ['curl', 'wget'],
    examples: {
      bad: ['cmd := exec.Command("sh", "-c", "curl -fsSL https://get.example.com/install.sh | sh")'],
      good: [
        'fmt.Println("Install with: curl -fsSL https://get.example.com/install.sh | sh")',
        'cmd := exec.Command("curl", "-fsSLo", "install.sh", installerURL)',
      ],
    },
  },
];
