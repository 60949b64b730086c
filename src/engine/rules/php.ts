// PHP.
import type { RuleSpec } from '../types';
import { PHP } from '../languages';
import { PHP_FRAMEWORK_INPUT, PHP_REQUEST_SOURCE, PHP_SERVER_INPUT } from '../request-input';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL, PRINTF_CONVERSION } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { COMPARED_WITH_NOTHING, CORS_REFLECTED_ORIGIN_RULE, DOWNLOAD_PIPED_TO_SHELL, ENUM_VALUE, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, IP_HEADER_NAME, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, MASS_ASSIGNMENT_RULE, NOT_SECRET_COMPARED, ONE_ARGUMENT, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_FIELD, PASSWORD_PARAMETER, PHP_COMPARED_VALUE, PHP_COMPUTED_MAC, PHP_COMPUTED_MAC_CALL, PHP_SECRET_INPUT, PHP_SECRET_VALUE, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, SECRET_NAME_KEYWORDS, SQL_BUILT_INTO_QUERY_RULE, SSRF_FROM_REQUEST_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WORLD_WRITABLE_FILE_RULE, XPATH_BUILT_RULE } from './shared-families';

// A keyword in the three spellings code uses: select, SELECT, Select.
const kw = (word: string) => `(?:${word}|${word.toUpperCase()}|${word[0].toUpperCase()}${word.slice(1)})`;
const ws = String.raw`\s{1,5}`;
// Request data PHP hands over untouched: superglobals, and the request objects of Laravel, Symfony and PSR-7.
const INPUT = String.raw`(?:${PHP_REQUEST_SOURCE}|${PHP_FRAMEWORK_INPUT})`;
const INPUT_KEYWORDS = ['$_get', '$_post', '$_request', '$_cookie', '$_files', '$request', '->request', '->input'];
const INPUT_OR_SERVER = String.raw`\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)\b`;
// The start of a literal that is clearly SQL, for a literal quoted with `q`.
const sqlHead = (q: string) =>
  String.raw`\s{0,10}(?:${kw('select')}\s[^${q}\n]{0,200}\s${kw('from')}\b|${kw('insert')}${ws}${kw('into')}\s|${kw('update')}${ws}[\w.\x60\[\]]{1,60}${ws}${kw('set')}\s|${kw('delete')}${ws}${kw('from')}\s|${kw('replace')}${ws}${kw('into')}\s)`;
// A literal quoted with `q` that ends inside a SQL condition, right where a value goes: `... WHERE name = '`.
const sqlCondition = (q: string, other: string) =>
  String.raw`[^${q}\n]{0,250}\b(?:${kw('where')}|${kw('and')}|${kw('or')}|${kw('set')}|${kw('having')})\s{1,5}[\w.\x60\[\]]{1,60}\s{0,5}(?:=|<>|!=|<=|>=|<|>|${kw('like')}|${kw('in')})\s{0,5}\(?\s{0,5}${other}?`;
// A PIN, or a code that signs a user in ($sms_code, $login_code): not $mapping, $error_code or $zip_code.
const SECRET_NAME = String.raw`(?:token|secret|salt|nonce|csrf|passw|pwd|otp|ticket|apikey|api_key|activation|verif|reset|(?:\b|_)pin\b|(?:sms|auth|login|mfa|invite|confirm\w{0,10}|security|access)_?code\b)`;
// A variable, which the `request-input` matcher keeps only when it holds request data.
const VARIABLE = String.raw`\$[A-Za-z_]\w{0,60}`;
// A variable read whole, for the `request-input` matcher: $origin, $_SERVER['HTTP_ORIGIN'], $request->headers->get('Origin').
const VALUE_READ = String.raw`${VARIABLE}(?:\s{0,5}\[\s{0,5}['"][\w-]{1,40}['"]\s{0,5}\]|(?:\s{0,5}->\s{0,5}\w{1,30}){1,2}\s{0,5}\(\s{0,5}['"][\w-]{1,40}['"]\s{0,5}\))?`;
// An argument before a connection's password: a literal, a variable or a constant.
const CONNECT_ARGUMENT = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\$?\w{1,60})`;
const FILE_FUNCTIONS = String.raw`(?:file_get_contents|file_put_contents|fopen|readfile|file|unlink|copy|rename|fpassthru|show_source|highlight_file|opendir|scandir|mkdir|rmdir|touch|move_uploaded_file|parse_ini_file|simplexml_load_file|getimagesize|l?chmod|l?chown|l?chgrp)`;
// Whose password a short `pass` name holds ($db_pass, 'smtp_pass').
const PASS_OWNER = String.raw`(?:db|DB|smtp|SMTP|mail|MAIL|ftp|FTP|sftp|SFTP|ssh|SSH|mysql|MYSQL|sql|SQL|admin|ADMIN|root|ROOT|user|USER|imap|IMAP|ldap|LDAP|proxy|PROXY|redis|REDIS)_?`;
const SHELL_BUILTINS = String.raw`(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)`;
// Symfony's Process::fromShellCommandline runs its string through a shell too.
const SHELL_FUNCTIONS = String.raw`(?:${SHELL_BUILTINS}|fromShellCommandline)`;
// A method named like a built-in is no shell of this machine (a remote one's, phpseclib's $ssh->exec(), is).
const METHOD_NAMED_LIKE_SHELL_FUNCTION = String.raw`(?:->|::)\s{0,5}${SHELL_BUILTINS}\s{0,5}\(`;
// A database handle's exec() runs SQL: $pdo->exec(), $this->db->exec().
const DATABASE_EXEC = String.raw`(?:\$|->\s{0,5})(?:pdo|db|dbh|conn|connection|database|sqlite|mysqli|link)\w{0,20}\s{0,5}->\s{0,5}exec\s{0,5}\(`;
// Headers a client sets freely that proxies use to pass on the original address.
const IP_HEADER = String.raw`HTTP_(?:X_FORWARDED_FOR|X_FORWARDED|FORWARDED_FOR|FORWARDED|CLIENT_IP|X_CLIENT_IP|X_REAL_IP|X_CLUSTER_CLIENT_IP|TRUE_CLIENT_IP|CF_CONNECTING_IP)`;
// A value use of a header: assigned, returned, concatenated, compared or cleaned up (not an isset() or validity check).
const IP_HEADER_READ = String.raw`(?:[=?:,.>]|\breturn|\b(?:trim|explode|strtok|stripslashes|wp_unslash|sanitize_text_field|addslashes|htmlspecialchars|strip_tags|ip2long|inet_pton|in_array|preg_split|substr|array_map|long2ip|sprintf|(?:mysqli?_)?real_escape_string|esc_sql)\s{0,5}\()\s{0,5}@?(?:(?:\$_SERVER|\$server(?:Params)?|getServerParams\s{0,5}\(\s{0,5}\))\s{0,5}\[\s{0,5}['"](?:${IP_HEADER}|${IP_HEADER_NAME})['"]\s{0,5}\]|getenv\s{0,5}\(\s{0,5}['"]${IP_HEADER}['"]\s{0,5}\))`;
const REMOTE_ADDR = String.raw`(?:\$_SERVER\s{0,5}\[\s{0,5}['"]REMOTE_ADDR['"]\s{0,5}\]|getenv\s{0,5}\(\s{0,5}['"]REMOTE_ADDR['"]\s{0,5}\))`;

// A password submitted in the request, and one kept with a user or row: $_POST['password'], $user->password.
const PASSWORD_INPUT = String.raw`(?:\$_(?:POST|GET|REQUEST)\s{0,5}\[\s{0,5}['"]${PASSWORD_PARAMETER}['"]\s{0,5}\]|\$request\s{0,5}->\s{0,5}(?:input|post|get)\s{0,5}\(\s{0,5}['"]${PASSWORD_PARAMETER}['"]\s{0,5}\))`;
const STORED_PASSWORD = String.raw`\$(?:this\s{0,5}->\s{0,5})?[a-z]\w{0,40}\s{0,5}(?:->\s{0,5}${PASSWORD_FIELD}\b|\[\s{0,5}['"]${PASSWORD_FIELD}['"]\s{0,5}\])`;

// Calls that take a key, up to the key argument: openssl_encrypt($data, $cipher, KEY), hash_hmac('sha256', $data, KEY),
// firebase/php-jwt's JWT::encode($payload, KEY) and JWT::decode($jwt, new Key(KEY, 'HS256')).
// With the shortest literal worth reporting there: a cipher key has 16 bytes or more, an HMAC or JWT secret is often a
// short word ('secret').
const KEY_CALLS: [call: string, minLength: number][] = [
  [String.raw`\bopenssl_(?:encrypt|decrypt)\s{0,5}\(\s{0,5}${ONE_ARGUMENT},\s{0,5}${ONE_ARGUMENT},\s{0,5}`, 8],
  [String.raw`\bhash_hmac\s{0,5}\(\s{0,5}${ONE_ARGUMENT},\s{0,5}${ONE_ARGUMENT},\s{0,5}`, 3],
  [String.raw`\bJWT::encode\s{0,5}\(\s{0,5}${ONE_ARGUMENT},\s{0,5}`, 3],
  [String.raw`\bJWT::decode\s{0,5}\(\s{0,5}${ONE_ARGUMENT},\s{0,5}new\s{1,5}Key\s{0,5}\(\s{0,5}`, 3],
];
const KEY_CALL_KEYWORDS = ['openssl_encrypt', 'openssl_decrypt', 'hash_hmac', 'jwt::'];

export const PHP_RULES: RuleSpec[] = [
  {
    id: 'php.command-injection-input',
    title: 'Do not pass request data to shell commands',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b${SHELL_FUNCTIONS}\s{0,5}\([^;\n]{0,200}${INPUT}`,
      String.raw`\x60[^\x60\n]{0,200}${INPUT}`,
      // Laravel's Process runs a command given as a string through a shell (an array of arguments it does not).
      String.raw`\bProcess\s{0,5}::\s{0,5}(?:run|start)\s{0,5}\(\s{0,5}["'][^;\n]{0,200}${INPUT}`,
    ],
    unless: [String.raw`\bescapeshell(?:arg|cmd)\s{0,5}\(`, DATABASE_EXEC],
    keywords: INPUT_KEYWORDS,
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'Request data goes straight into a shell command, so anyone can add ; or $(...) and run their own commands on the server.',
    examples: {
      bad: [
        'system("ping -c 1 " . $_GET["host"]);',
        '$out = shell_exec($_POST["cmd"]);',
        '$files = `ls {$_GET["dir"]}`;',
        '$process = Process::fromShellCommandline("tar czf backup.tgz " . $_POST["dir"]);',
        '$result = Process::run("git checkout " . $request->input("branch"));',
        "echo $ssh->exec('tail /var/log/' . $_GET['log']);",
      ],
      good: [
        'system("ping -c 1 " . escapeshellarg($_GET["host"]));',
        '$host = $_GET["host"];',
        '// system($_GET["cmd"]);',
        '$pdo->exec("DELETE FROM carts WHERE id = " . (int) $_GET["id"]);',
        '$result = Process::run(["git", "checkout", $request->input("branch")]);',
      ],
    },
  },
  {
    id: 'php.command-injection-variable',
    title: 'Check what reaches shell command functions',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b${SHELL_FUNCTIONS}\s{0,5}\(\s{0,5}(?:\$[A-Za-z_]|"[^"\n$]{0,200}\$[A-Za-z_{]|'[^'\n]{0,200}'\s{0,5}\.|"[^"\n]{0,200}"\s{0,5}\.|sprintf\s{0,5}\(|implode\s{0,5}\()`],
    unless: [
      METHOD_NAMED_LIKE_SHELL_FUNCTION,
      String.raw`\bfunction\s{1,5}${SHELL_FUNCTIONS}\b`,
      String.raw`\bescapeshell(?:arg|cmd)\s{0,5}\(`,
      INPUT,
    ],
    matcher: 'command-variable-unescaped',
    keywords: ['system', 'exec', 'passthru', 'popen', 'proc_open', 'fromshellcommandline'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'A shell command is built from a variable; if any part of it comes from users, they can add their own commands, so wrap each value in escapeshellarg().',
    examples: {
      bad: [
        "$cmd = 'cd /var/www; git checkout ' . $_GET['branch'];\nexec($cmd);",
        "$cmd = 'gzip ' . filter_input(INPUT_GET, 'file');\nexec($cmd);",
        '$cmd = "gzip $file";\nexec($cmd);',
        'system($cmd);', 'exec("convert $input output.png", $out);', 'shell_exec("gzip " . $file);', "exec('\"' . $command . '\" -Tpng');", '$path = exec(sprintf("which %s", $bin));',
        "$cmd = 'convert ' . escapeshellarg($in) . ' -resize ' . $size . ' ' . escapeshellarg($out);\nexec($cmd, $output, $code);",
      ],
      good: [
        'exec("convert " . escapeshellarg($input) . " output.png", $out);', "exec('uptime');", '$pdo->exec($sql);', 'function exec($cmd) {}',
        "$cmd = 'convert ' . escapeshellarg($in) . ' -resize 50% ' . escapeshellarg($out);\nexec($cmd, $output, $code);",
      ],
    },
  },
  {
    id: 'php.backtick-shell',
    title: 'Do not put variables in backtick commands',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    // No keyword: the only literal every match holds is a single backtick.
    patterns: [String.raw`\x60[^\x60\n$]{0,200}\$[A-Za-z_][^\x60\n]{0,200}\x60`],
    unless: [String.raw`\bescapeshell(?:arg|cmd)\s{0,5}\(`, INPUT],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'Backticks run their contents as a shell command, so a variable placed inside can add commands of its own; use escapeshellarg() or avoid the shell.',
    examples: {
      bad: ['$size = `du -sh $dir`;'],
      good: ['$uptime = `uptime`;', '$size = `du -sh ` . escapeshellarg($dir);', '$q = "SELECT `name` FROM `users` WHERE id = $id";'],
    },
  },
  {
    id: 'php.eval-dynamic',
    title: 'Do not eval() dynamic code',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\beval\s{0,5}\(\s{0,5}(?:\$|"[^"\n$]{0,200}\$[A-Za-z_{]|"[^"\n]{0,200}"\s{0,5}\.|'[^'\n]{0,200}'\s{0,5}\.|[A-Za-z_]\w{0,30}\s{0,5}\()`],
    keywords: ['eval'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'eval() runs its argument as PHP, so anyone who controls any part of that string can run code on the server.',
    examples: {
      bad: ['eval($code);', 'eval("return " . $expr . ";");', 'eval(base64_decode($payload));'],
      good: ["eval('return 1;');", '$result = json_decode($code, true);', '// eval($code);'],
    },
  },
  {
    id: 'php.create-function',
    title: 'Use closures instead of create_function()',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bcreate_function\s{0,5}\(`],
    keywords: ['create_function'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'create_function() builds code with eval(), so values placed in its body run as PHP; it was removed in PHP 8, use a closure.',
    examples: {
      bad: ["$f = create_function('$a', 'return $a * ' . $factor . ';');"],
      good: ['$f = function ($a) use ($factor) { return $a * $factor; };', '// create_function was removed in PHP 8'],
    },
  },
  {
    id: 'php.preg-replace-eval',
    title: 'Do not use the /e modifier of preg_replace',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bpreg_replace\s{0,5}\(\s{0,5}(?:'[/#~!|@%][^'\n]{0,200}[/#~!|@%][a-zA-Z]{0,6}e[a-zA-Z]{0,6}'|"[/#~!|@%][^"\n]{0,200}[/#~!|@%][a-zA-Z]{0,6}e[a-zA-Z]{0,6}")`,
      // A pattern built by concatenation whose last piece holds the modifiers: "/" . $pattern . "/e"
      String.raw`\bpreg_replace\s{0,5}\([^,;\n]{0,200}\.\s{0,5}(?:'[/#~!|@%][a-zA-Z]{0,6}e[a-zA-Z]{0,6}'|"[/#~!|@%][a-zA-Z]{0,6}e[a-zA-Z]{0,6}")\s{0,5},`,
    ],
    keywords: ['preg_replace'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'The /e modifier evaluates the replacement as PHP code, so text matched from input can run code; use preg_replace_callback().',
    examples: {
      bad: ["$html = preg_replace('/\\[b\\](.*)\\[\\/b\\]/e', \"'<b>'.strtoupper('$1').'</b>'\", $text);", '$out = preg_replace("/" . $pattern . "/e", $replacement, $subject);'],
      good: ["$slug = preg_replace('/[^a-z0-9]+/i', '-', $title);", '$out = preg_replace_callback("/x/", $fn, $text);', "$s = preg_replace('#/+#', '/', $path);"],
    },
  },
  {
    id: 'php.dynamic-call-input',
    title: 'Do not call functions named by the request',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:call_user_func(?:_array)?|assert|array_map|usort|array_filter|register_shutdown_function)\s{0,5}\(\s{0,5}${INPUT}`,
      String.raw`${INPUT}\s{0,5}\[[^\]\n]{1,60}\]\s{0,5}\(`,
    ],
    keywords: INPUT_KEYWORDS,
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'The request picks which function runs (or, with assert, which code runs), so a caller can invoke system() or any other function with their arguments.',
    examples: {
      bad: ['call_user_func($_GET["action"], $_GET["arg"]);', '$_GET["f"]($_GET["x"]);'],
      good: ['$handlers[$_GET["action"]] ?? $default;', 'call_user_func([$this, "handle"], $_GET["arg"]);'],
    },
  },
  {
    id: 'php.extract-input',
    title: 'Do not extract() request data into variables',
    languages: PHP,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bextract\s{0,5}\(\s{0,5}${INPUT_OR_SERVER}`, String.raw`\bparse_str\s{0,5}\([^,;\n]{1,100}\)\s{0,5}(?:;|\?>|$)`],
    keywords: ['extract', 'parse_str'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-621', 'CWE-914'],
    owasp: 'A03:2021',
    message: 'This turns request keys into local variables, so a caller can overwrite any variable in scope, such as $isAdmin or a file path.',
    examples: {
      bad: ['extract($_POST);', 'parse_str($_SERVER["QUERY_STRING"]);', 'parse_str(file_get_contents("php://input"));'],
      good: ['$name = $_POST["name"] ?? "";', 'parse_str($query, $params);', 'parse_str($this->uri->getQuery(), $this->queryParams);', 'extract($row);'],
    },
  },
  {
    id: 'php.include-input',
    title: 'Do not include files named by the request',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:include|require)(?:_once)?\b\s{0,5}\(?[^;\n]{0,150}(?:${INPUT}|${VARIABLE})`],
    unless: [String.raw`(?:\$|->|::)\s{0,5}(?:include|require)(?:_once)?\b`],
    matcher: 'request-input',
    keywords: ['include', 'require'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-98', 'CWE-22'],
    owasp: 'A03:2021',
    message: 'Including a file named by the request lets a caller load any file on the server, and with wrappers or uploads run their own PHP; map allowed names to files instead.',
    examples: {
      bad: ['include($_GET["page"] . ".php");', "require $_POST['app_dir'] . '/config.php';", "$page = $_GET['page'] ?? 'home';\ninclude 'pages/' . $page . '.php';"],
      good: ['include __DIR__ . "/pages/" . $pages[$page] . ".php";', 'require_once "config.php";', "$page = basename($_GET['page']);\ninclude 'pages/' . $page . '.php';"],
    },
  },
  {
    id: 'php.sql-concatenation',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: PHP,
    // The query text is the string literal: its SQL keywords, and the value joined onto it.
    scope: 'string',
    patterns: [
      String.raw`"(?:${sqlHead('"')}[^"\n]{0,250}|${sqlCondition('"', "'")})"\s{0,5}\.\s{0,5}\$[^\n]{0,300}`,
      String.raw`'(?:${sqlHead("'")}[^'\n]{0,250}|${sqlCondition("'", '"')})'\s{0,5}\.\s{0,5}\$[^\n]{0,300}`,
      String.raw`"${sqlHead('"')}[^"\n$]{0,250}\$[A-Za-z_][^\n]{0,300}`,
      String.raw`"${sqlCondition('"', "'")}(?:\$[A-Za-z_]|\{\$)[^\n]{0,300}`,
      String.raw`(?:"${sqlHead('"')}[^"\n%]{0,250}|'${sqlHead("'")}[^'\n%]{0,250})%s[^\n]{0,300}`,
    ],
    unless: [PLACEHOLDER_LIST_BUILT],
    keywords: ['select', 'insert', 'update', 'delete', 'where', 'replace', ' and ', ' or ', ' set ', 'having'],
    examples: {
      bad: [
        '$result = mysqli_query($conn, "SELECT * FROM users WHERE id = " . $_GET["id"]);',
        '$sql = "SELECT * FROM users WHERE name = \'$name\'";',
        "$q = 'DELETE FROM posts WHERE id = ' . $id;",
        '$sql = "UPDATE users SET email = \'{$email}\' WHERE id = 1";',
        '$sql = sprintf("SELECT * FROM users WHERE login = \'%s\'", $login);',
      ],
      good: [
        '$stmt = $pdo->prepare("SELECT * FROM t WHERE id IN ($placeholders)");',
        '$stmt = $pdo->prepare("SELECT * FROM users WHERE id = ?");',
        '$stmt = $pdo->prepare("SELECT * FROM users WHERE id = :id");',
        '// $sql = "SELECT * FROM users WHERE id = " . $id;',
        'echo "Updated $count rows";',
        '$msg = "Delete failed for " . $path;',
      ],
    },
  },
  {
    id: 'php.sql-query-dynamic',
    title: 'Do not concatenate values into query calls',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:mysql_query|mysqli_query|mysqli_multi_query|pg_query|sqlite_query|mssql_query|odbc_exec)\s{0,5}\(\s{0,5}(?:\$\w{1,40}\s{0,5},\s{0,5})?(?:\$\w{1,40}(?:\[[^\]\n]{1,40}\])?\s{0,5}\.|${INPUT})`,
      String.raw`->\s{0,5}(?:query|exec|multi_query|real_query)\s{0,5}\(\s{0,5}(?:\$\w{1,40}(?:\[[^\]\n]{1,40}\])?\s{0,5}\.|${INPUT})`,
      // Laravel's raw fragments and statements: ->whereRaw("name = '$name'"), DB::statement('... ' . $id).
      String.raw`(?:(?:->|::)\s{0,5}(?:where|orWhere|having|orHaving|orderBy|select|groupBy)Raw|\bDB::(?:raw|statement|unprepared))\s{0,5}\(\s{0,5}(?:"[^"\n]{0,200}\$[A-Za-z_{]|(?:"[^"\n]{0,200}"|'[^'\n]{0,200}')\s{0,5}\.\s{0,5}\$|${INPUT})`,
    ],
    keywords: ['query', 'exec', 'raw', 'db::'],
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'The query text is joined together right in the call, so any value added to it becomes SQL; bind values with a prepared statement.',
    examples: {
      bad: [
        "$app['db']->exec($sql . $where);",
        '$res = mysql_query($_GET["q"]);',
        '$r = mysqli_query($link, $base . $filter);',
        '$users = User::whereRaw("email = \'$email\'")->get();',
        "DB::statement('DROP TABLE ' . $table);",
      ],
      good: [
        '$res = $pdo->query("SELECT 1");',
        '$r = mysqli_query($link, $sql);',
        '$stmt->execute([$id]);',
        '$users = User::whereRaw("email = ?", [$email])->get();',
        "DB::statement('ANALYZE TABLE orders');",
      ],
    },
  },
  {
    id: 'php.template-from-input',
    title: 'Do not render templates built from input',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // Twig's createTemplate, Laravel's Blade::render, Smarty's string: and eval: resources.
      String.raw`(?:->\s{0,5}createTemplate|\bBlade::render)\s{0,5}\(\s{0,5}(?:["'][^"'\n]{0,100}["']\s{0,5}\.\s{0,5})?(?:${INPUT}|${VARIABLE})`,
      String.raw`->\s{0,5}(?:fetch|display)\s{0,5}\(\s{0,5}["'](?:string|eval):["']?\s{0,5}\.\s{0,5}(?:${INPUT}|${VARIABLE})`,
    ],
    matcher: 'request-input',
    keywords: ['createtemplate', 'blade::render', 'string:', 'eval:'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-1336', 'CWE-94'],
    owasp: 'A03:2021',
    message: 'The template text comes from the request, so anyone can write template code that runs on the server; keep templates constant and pass values as variables.',
    examples: {
      bad: [
        "$html = $twig->createTemplate($_POST['template'])->render(['user' => $user]);",
        "return Blade::render($request->input('body'), ['name' => $name]);",
        "$tpl = $_GET['tpl'];\n$smarty->display('string:' . $tpl);",
      ],
      good: [
        "$html = $twig->render('invoice.html.twig', ['body' => $_POST['body']]);",
        "return Blade::render('Hello {{ $name }}', ['name' => $request->input('name')]);",
        "$smarty->display('string:' . $layout);",
        "chmod($cacheFile, 0644);",
      ],
    },
  },
  {
    id: 'php.unserialize-input',
    title: 'Do not unserialize request data',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    // Request headers count too: a client sets `X-State` as freely as a parameter.
    // WordPress's maybe_unserialize() unserializes whatever looks serialized.
    patterns: [String.raw`\b(?:maybe_)?unserialize\s{0,5}\([^;\n]{0,100}(?:${INPUT}|${PHP_SERVER_INPUT})`],
    keywords: ['unserialize'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'unserialize() on request data lets a caller build objects of any class, whose magic methods can delete files or run code; use json_decode().',
    examples: {
      bad: [
        "$favorites = unserialize($_COOKIE['favorites']);",
        '$data = unserialize(base64_decode($_POST["state"]));',
        "$state = unserialize(base64_decode($_SERVER['HTTP_X_STATE']));",
        "$settings = maybe_unserialize( wp_unslash( $_POST['widget_settings'] ) );",
      ],
      good: ["$favorites = json_decode($_COOKIE['favorites'], true);", "$data = serialize($_POST);", "$state = json_decode(base64_decode($_SERVER['HTTP_X_STATE']), true);"],
    },
  },
  {
    id: 'php.unserialize-dynamic',
    title: 'Restrict classes when unserializing',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bunserialize\s{0,5}\(\s{0,5}(?:\$[A-Za-z]|[a-z_]\w{0,30}\s{0,5}\()`],
    unless: [String.raw`\ballowed_classes\b`, INPUT],
    keywords: ['unserialize'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'If this data can come from users, files or a shared cache, unserialize() can build objects of any class; pass [\'allowed_classes\' => false] or use json_decode().',
    examples: {
      bad: ['$obj = unserialize($payload);', '$obj = unserialize(file_get_contents($path));'],
      good: ["$obj = unserialize($payload, ['allowed_classes' => false]);", '$obj = json_decode($payload, true);'],
    },
  },
  {
    id: 'php.weak-password-hash',
    title: 'Hash passwords with password_hash()',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:md5|sha1|crc32|hash\s{0,5}\(\s{0,5}['"](?:md5|sha1|sha256|sha512)['"]\s{0,5},)\s{0,5}\(?[^;\n]{0,120}(?:passw|pwd|senha|contrase|\$pass\b|\$pw\b)`,
      String.raw`\$\w{0,20}(?:passw|pwd|senha)\w{0,20}\s{0,5}=\s{0,5}(?:md5|sha1)\s{0,5}\(`,
      // crypt() with a fixed salt that names no modern scheme ($2y$, $argon2, $6$): DES-based, 8 characters at most.
      String.raw`(?:^|[^>:$\w])crypt\s{0,5}\(\s{0,5}\$\w{1,40}\s{0,5},\s{0,5}['"](?:[^$'"\n][^'"\n]{0,20}|\$1\$[^'"\n]{0,20})['"]\s{0,5}\)`,
    ],
    ignoreCase: true,
    keywords: ['md5', 'sha1', 'crc32', 'hash(', 'crypt'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-916', 'CWE-759'],
    owasp: 'A02:2021',
    message: 'A fast, unsalted hash of a password can be cracked offline by the billion per second; use password_hash() and password_verify().',
    examples: {
      bad: ['$password = md5($_POST["password"]);', "$hash = sha1($salt . $pass);", '$insert = insertUser($name, md5($senha));', '$h = crypt($password, "ab");'],
      good: ['$hash = password_hash($_POST["password"], PASSWORD_DEFAULT);', 'if (password_verify($password, $row["hash"])) {', '$etag = md5($body);', '$h = crypt($password, \'$2y$12$\' . $salt);'],
    },
  },
  {
    id: 'php.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: PHP,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\b(?:md5|sha1)\s{0,5}\(`, String.raw`\bhash(?:_hmac)?\s{0,5}\(\s{0,5}['"](?:md5|sha1|md4|md2)['"]`],
    unless: [
      String.raw`(?:passw|pwd|senha|contrase|\$pass\b|\$pw\b)`,
      String.raw`\b(?:uniqid|mt_rand|rand|random_int|microtime|lcg_value|session_id)\s{0,5}\(`,
      String.raw`\bfunction\s{1,5}(?:md5|sha1)\b`,
      String.raw`(?:->|::)\s{0,5}(?:md5|sha1)\s{0,5}\(`,
    ],
    keywords: ['md5', 'sha1', 'md4', 'md2'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collisions; fine for cache keys, but for signatures, tokens or integrity checks use hash_hmac(\'sha256\', ...) or hash(\'sha256\', ...).',
    examples: {
      bad: ['$signature = md5($content . $secret);', "$digest = hash('sha1', $data);"],
      good: ["$digest = hash('sha256', $data);", "$mac = hash_hmac('sha256', $data, $key);", '// md5($x) is weak', '$file = md5_file($path);'],
    },
  },
  {
    id: 'php.insecure-random-token',
    title: 'Use random_bytes() for tokens and secrets',
    languages: PHP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:md5|sha1|hash\s{0,5}\(\s{0,5}['"]\w{2,10}['"]\s{0,5},)\s{0,5}\(?[^;\n]{0,100}\b(?:uniqid|rand|mt_rand|microtime|lcg_value|session_id)\s{0,5}\(`,
      String.raw`\$\w{0,30}${SECRET_NAME}\w{0,30}['"\]]{0,2}\s{0,5}\.?=[^;\n]{0,150}\b(?:uniqid|mt_rand|rand|lcg_value|str_shuffle)\s{0,5}\(`,
    ],
    ignoreCase: true,
    keywords: ['rand', 'uniqid', 'microtime', 'lcg_value', 'str_shuffle', 'session_id'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-330'],
    owasp: 'A02:2021',
    message: 'rand(), mt_rand(), uniqid() and time-based values are predictable, and hashing them does not help, so tokens or salts made from them can be guessed; use random_bytes() or random_int().',
    examples: {
      bad: ["$_SESSION['ticket'] = md5(uniqid() . mt_rand());", '$token = substr(str_shuffle("abcdef0123456789"), 0, 16);', '$salt = substr(sha1(uniqid(mt_rand(), true)), 0, 4);', '$sms_code = rand(100000, 999999);', '$pin = mt_rand(1000, 9999);'],
      good: ['$token = bin2hex(random_bytes(16));', '$delay = mt_rand(1, 5);', '$id = uniqid("tmp_");', '$mapping = mt_rand(0, 3);', '$sms_code = random_int(100000, 999999);', '$error_code = rand(1, 5);', '$code_length = rand(3, 4);'],
    },
  },
  {
    id: 'php.echo-input',
    title: 'Escape request data before output',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // The word as a statement or call, not as an array key ('echo' => ...) or a variable ($echo).
      String.raw`\b(?:echo|print|printf|die|exit|vprintf)[ \t(][^;\n]{0,150}(?:${INPUT}|\$_SERVER\s{0,5}\[\s{0,5}['"](?:PHP_SELF|REQUEST_URI|QUERY_STRING|HTTP_REFERER|HTTP_USER_AGENT|PATH_INFO)['"]|${VARIABLE})`,
      String.raw`<\?=\s{0,5}(?:${INPUT}|\$_SERVER\s{0,5}\[\s{0,5}['"](?:PHP_SELF|REQUEST_URI|QUERY_STRING|HTTP_REFERER)['"]|${VARIABLE})`,
      // A Symfony or Laravel response body built from request data: new Response('<h1>' . $request->get('name')).
      String.raw`\b(?:new\s{1,5}Response|response)\s{0,5}\(\s{0,5}["'][^;\n]{0,150}${INPUT}`,
      // A heredoc printed whole (not a nowdoc, <<<'EOT', which fills in nothing), with request data in its body,
      // reported there. Its closing `LABEL;` holds the first semicolon, where the search ends (an HTML entity's ends it
      // sooner); the block's window reaches 400 characters past the echo.
      String.raw`\b(?:echo|print)\s{0,5}<<<[ \t]{0,5}"?[A-Za-z_]\w{0,30}"?[ \t]{0,5}\r?\n[^;]{0,400}?(?<report>${PHP_REQUEST_SOURCE})`,
    ],
    matcher: 'request-input',
    unless: [
      String.raw`^\s{0,40}(?://|#|/?\*)`,
      String.raw`\$(?:echo|print|die|exit)\b`,
      // The request only picks what is printed: compared with a literal before a ternary, or counted or looked up.
      String.raw`(?:===?|!==?)\s{0,5}["'][^"'\n]{0,40}["']\s{0,5}\)?\s{0,5}\?`,
      String.raw`\b(?:count|sizeof|array_key_exists|in_array|is_array)\s{0,5}\([^()\n]{0,60}\$_(?:GET|POST|REQUEST|COOKIE)\b`,
      String.raw`\b(?:file_get_contents|readfile|file|fopen|curl_exec|shell_exec|system|passthru|exec)\s{0,5}\(`,
      // An escape or a cast before any raw superglobal on the line: after one (a JSONP callback printed before the
      // json_encode() of the data), the raw read still reaches the page.
      String.raw`^(?:[^$\n]|\$[^_\n]){0,1000}?(?:\b(?:htmlspecialchars|htmlentities|esc_html|esc_attr|esc_url|intval|floatval|strip_tags|json_encode|urlencode|rawurlencode|filter_var|filter_input|e)\s{0,5}\(|\(int\)|\(float\)|\bisset\s{0,5}\(|\bempty\s{0,5}\()`,
    ],
    keywords: [...INPUT_KEYWORDS, '$_server', 'echo', 'print', 'die', 'exit', '<?=', 'response('],
    // A heredoc's body is on the lines below its echo.
    reach: 'block',
    // Templates echo inside HTML attribute quotes, which the lexer reads as a string, so comments are excluded by `unless`.
    scope: 'any',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Request data is written into the page unescaped, so a link carrying a script runs it in the visitor\'s session; wrap it in htmlspecialchars().',
    examples: {
      bad: [
        'echo "Hello " . $_GET["name"];',
        "<form action=\"<?php echo $_SERVER['PHP_SELF']; ?>\">",
        "die($_GET['error']);",
        '<?= $_POST["comment"] ?>',
        '$name = $_GET["name"];\necho "<h1>Hello $name</h1>";', 'return new Response("Hello " . $_GET["name"]);',
        "exit($_GET['callback'] . '(' . json_encode($data) . ');');",
        "echo <<<HTML\n<h1>Welcome!</h1>\n  <p>Hello {$_GET['name']}, thanks for signing up.</p>\nHTML;",
      ],
      good: [
        'echo "Hello " . htmlspecialchars($_GET["name"], ENT_QUOTES);',
        '<?= htmlspecialchars($_POST["comment"]) ?>',
        'echo (int) $_GET["page"];',
        '$name = htmlspecialchars($_GET["name"]);\necho "<h1>Hello $name</h1>";',
        "echo $_SERVER['DOCUMENT_ROOT'];",
        "echo $title . ' ' . htmlspecialchars($_GET['q']);",
        "echo <<<HTML\n<h1>Welcome!</h1>\n  <p>Hello {$name}</p>\nHTML;\n$q = $_GET['q'];",
        "echo <<<'EOT'\nUsage: pass {$_GET['name']} to greet\nEOT;",
        "$params = ['echo' => $_GET['echo'] ?? '', 'mode' => 'test'];",
        "$echo = $_GET['echo'] ?? '';",
        "echo ($_GET['format'] ?? '') === 'json' ? json_encode($data) : render($data);",
        "echo array_key_exists('debug', $_GET) ? debug_panel() : '';",
      ],
    },
  },
  {
    id: 'php.blade-unescaped-input',
    title: 'Do not print request data unescaped in Blade',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\{!!\s{0,5}(?:${INPUT}|request\s{0,5}\(|old\s{0,5}\()[^!\n]{0,200}!!\}`],
    keywords: ['{!!'],
    scope: 'any',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: "Blade's {!! !!} prints its value as raw HTML, so request data there runs script in the visitor's session; use {{ }}, which escapes.",
    examples: {
      bad: ['<p>{!! $request->input("bio") !!}</p>', '<input value="{!! old(\'name\') !!}">', '{!! request(\'q\') !!}'],
      good: ['<p>{{ $request->input("bio") }}</p>', '{!! $post->rendered_html !!}', '{!! csrf_field() !!}'],
    },
  },
  {
    id: 'php.header-redirect-input',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: PHP,
    patterns: [
      String.raw`\bheader\s{0,5}\(\s{0,5}['"]\s{0,5}(?:Location\s{0,5}:|Refresh\s{0,5}:\s{0,5}\d{1,5}\s{0,5};\s{0,5}url=)[^;\n]{0,200}(?:${INPUT}|${VARIABLE})`,
      String.raw`\b(?:wp_redirect|redirect)\s{0,5}\(\s{0,5}(?:${INPUT}|${VARIABLE})`,
      // Laravel's redirect()->away($url), Redirect::to($url); Symfony's new RedirectResponse($url).
      String.raw`(?:\bredirect\s{0,5}\(\s{0,5}\)\s{0,5}->\s{0,5}(?:away|to)|\bRedirect::(?:away|to)|\bnew\s{1,5}RedirectResponse)\s{0,5}\(\s{0,5}(?:${INPUT}|${VARIABLE})`,
    ],
    unless: [String.raw`\b(?:urlencode|rawurlencode|intval|filter_var)\s{0,5}\(|\(int\)`],
    keywords: ['location', 'redirect', 'refresh'],
    // A Location header built by hand also takes request data into its path or query string, unencoded: that is
    // reported too (parameters can be added), so PHP's message says so.
    message: 'The redirect URL includes raw request data, so a crafted link can send users to another site or add parameters; redirect only to known paths and encode values.',
    examples: {
      bad: [
        "redirect($this->input->get('u'));", "return $this->redirect(Yii::$app->request->get('back'));", "return $this->redirect($this->request->getQuery('r'));",
        "header('Refresh: 0; url=' . $_GET['u']);",
        'header("Location: " . $_GET["redirect"]);', "header('Location: topic.php?id=' . $_POST['id']);", 'wp_redirect($_GET["to"]);', '$next = $_GET["return"];\nheader("Location: $next");',
        "return redirect()->away($request->input('next'));",
      ],
      good: [
        "redirect(site_url('dashboard'));", "header('Refresh: 5; url=/login');",
        'header("Location: /account");', "header('Location: topic.php?id=' . (int) $_POST['id']);", 'wp_safe_redirect($_GET["to"]);', '$next = "/account";\nheader("Location: $next");',
        "header('Location: ' . urlencode($_GET['next']));",
      ],
    },
  },
  {
    id: 'php.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: PHP,
    patterns: [
      // header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN']); header("Access-Control-Allow-Origin: $origin");
      String.raw`\bheader\s{0,5}\(\s{0,5}['"]\s{0,5}Access-Control-Allow-Origin\s{0,5}:[^;\n]{0,160}${VALUE_READ}`,
      // Laravel, Symfony and PSR-7: ->header('Access-Control-Allow-Origin', $request->header('Origin')), ->headers->set(...)
      String.raw`->\s{0,5}(?:header|set|withHeader|withAddedHeader)\s{0,5}\(\s{0,5}['"]Access-Control-Allow-Origin['"]\s{0,5},\s{0,5}${VALUE_READ}`,
    ],
    examples: {
      bad: [
        'header("Access-Control-Allow-Origin: " . $_SERVER["HTTP_ORIGIN"]);',
        "$origin = $_SERVER['HTTP_ORIGIN'];\nheader(\"Access-Control-Allow-Origin: $origin\");\nheader('Access-Control-Allow-Credentials: true');",
        "return $response->header('Access-Control-Allow-Origin', $request->header('Origin'));",
        "$response->headers->set('Access-Control-Allow-Origin', $request->headers->get('Origin'));",
        "return $response->withHeader('Access-Control-Allow-Origin', $request->getHeaderLine('Origin'));",
      ],
      good: [
        'header("Access-Control-Allow-Origin: https://app.example.com");',
        "$origin = $_SERVER['HTTP_ORIGIN'];\nif (in_array($origin, $allowedOrigins, true)) {\n    header(\"Access-Control-Allow-Origin: $origin\");\n}",
        "$response->headers->set('Access-Control-Allow-Origin', $this->allowedOrigin);",
        'header("Access-Control-Allow-Origin: *");',
      ],
    },
  },
  {
    id: 'php.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: PHP,
    patterns: [
      // Laravel: User::create($request->all()), $user->update($request->all()), $user->fill($_POST).
      String.raw`(?:::|->)\s{0,5}(?:create|forceCreate|insert|update|updateOrCreate|firstOrCreate|fill|forceFill)\s{0,5}\(\s{0,5}(?:\$request\s{0,5}->\s{0,5}(?:all|input|post)\s{0,5}\(\s{0,5}\)|\$_(?:POST|GET|REQUEST)\s{0,5}\))`,
    ],
    keywords: ['$request', '$_post', '$_get', '$_request'],
    examples: {
      bad: ['$user = User::create($request->all());', '$post->update($request->all());', '$user->fill($_POST);'],
      good: ['$user = User::create($request->validated());', "$post->update($request->only(['title', 'body']));", "$user->fill(['name' => $_POST['name']]);"],
    },
  },
  {
    id: 'php.file-path-input',
    title: 'Do not open files named by the request',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b${FILE_FUNCTIONS}\s{0,5}\([^;\n]{0,150}${INPUT}`,
      // Laravel's Storage facade and download responses, Symfony's file response.
      String.raw`(?:\bStorage::(?:disk\s{0,5}\([^()\n]{0,60}\)\s{0,5}->\s{0,5})?(?:get|download|delete|put|readStream|path|url)|->\s{0,5}download|\bnew\s{1,5}BinaryFileResponse)\s{0,5}\([^;\n]{0,150}${INPUT}`,
      // The first argument, the path, is a variable holding request data.
      String.raw`\b${FILE_FUNCTIONS}\s{0,5}\(\s{0,5}(?:["'][^"'\n]{0,100}["']\s{0,5}\.\s{0,5})?${VARIABLE}`,
    ],
    // An upload's tmp_name is PHP's own path: moving it is fine unless the destination reads another superglobal
    // (an upload's own name there is php.upload-client-filename's finding).
    unless: [
      String.raw`\b(?:basename|realpath|intval)\s{0,5}\(`,
      String.raw`\[\s{0,5}['"]tmp_name['"]\s{0,5}\]\s{0,5},[^;\n$]{0,80}(?:\$(?:[A-Za-z]\w{0,60}|_FILES)[^;\n$]{0,80}){0,10}\)`,
    ],
    matcher: 'request-input',
    keywords: [...INPUT_KEYWORDS, 'file', 'fopen', 'unlink', 'copy', 'rename', 'fpassthru', 'opendir', 'scandir', 'mkdir', 'rmdir', 'touch', 'getimagesize', 'chmod', 'chown', 'chgrp', 'storage::', 'download'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22', 'CWE-918'],
    owasp: 'A01:2021',
    message: 'A file name or URL from the request reaches a file function, so ../ sequences can read or overwrite other files and a URL makes the server fetch it (SSRF).',
    examples: {
      bad: [
        'echo file_get_contents($_GET["file"]);',
        '$fp = fopen("uploads/" . $_POST["name"], "w");',
        'readfile($_REQUEST["path"]);',
        "$file = $_GET['file'];\nreadfile('downloads/' . $file);",
        'copy($_FILES["upload"]["tmp_name"], "/var/www/uploads/" . $_POST["name"]);',
        "return Storage::download($request->input('path'));",
        "chmod($_POST['file'], 0644);",
      ],
      good: [
        'echo file_get_contents(__DIR__ . "/pages/" . basename($_GET["file"]));',
        'move_uploaded_file($_FILES["f"]["tmp_name"], $dest);',
        "move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.png');",
        "move_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . $newName);",
        "move_uploaded_file($_FILES['f']['tmp_name'], UPLOAD_DIR . $id . '.jpg');",
        '$path = __DIR__ . "/data.json";\n$data = file_get_contents($path);',
      ],
    },
  },
  {
    id: 'php.ssrf-input',
    ...SSRF_FROM_REQUEST_RULE,
    languages: PHP,
    patterns: [
      String.raw`\bcurl_init\s{0,5}\([^;\n)]{0,100}${INPUT}`,
      String.raw`\bCURLOPT_URL\s{0,5}(?:,|=>)[^;\n]{0,150}${INPUT}`,
      String.raw`\b(?:get_headers|fsockopen|stream_socket_client)\s{0,5}\([^;\n]{0,150}${INPUT}`,
      // Laravel's Http facade and Guzzle's request(): Http::get($url), $client->request('GET', $url).
      String.raw`(?:\bHttp::(?:get|post|put|patch|delete|head|send)\s{0,5}\(|->\s{0,5}request\s{0,5}\(\s{0,5}['"][A-Z]{3,7}['"]\s{0,5},)\s{0,5}(?:["'][^"'\n]{0,100}["']\s{0,5}\.\s{0,5})?(?:${INPUT}|${VARIABLE})`,
      // The URL is a variable that holds request data.
      String.raw`\b(?:curl_init\s{0,5}\(|CURLOPT_URL\s{0,5}(?:,|=>))\s{0,5}(?:["'][^"'\n]{0,100}["']\s{0,5}\.\s{0,5})?${VARIABLE}`,
      // An HTTP client (Guzzle's, by its usual names) and WordPress's HTTP API, given the request's value itself.
      String.raw`(?:\$(?:\w{0,30}[Cc]lient|[Hh]ttp\w{0,30}|[Gg]uzzle\w{0,30})\s{0,5}->\s{0,5}(?:get|post|put|patch|delete|head|request|getAsync|postAsync|requestAsync)\s{0,5}\(\s{0,5}(?:['"][A-Z]{3,7}['"]\s{0,5},\s{0,5})?|\bwp_(?:safe_)?remote_(?:get|post|head|request)\s{0,5}\(\s{0,5})(?:["'][^"'\n]{0,100}["']\s{0,5}\.\s{0,5})?${INPUT}`,
    ],
    keywords: ['curl', 'get_headers', 'fsockopen', 'stream_socket_client', 'http::', 'request(', 'wp_remote', 'wp_safe_remote', ...INPUT_KEYWORDS],
    examples: {
      bad: [
        "$response = $client->get($request->input('url'));", "$feed = wp_remote_get($_GET['feed']);",'$ch = curl_init($_GET["url"]);', 'curl_setopt($ch, CURLOPT_URL, $_POST["endpoint"]);', '$url = $_GET["url"];\n$ch = curl_init($url);', '$headers = get_headers($_GET["url"]);', "$response = Http::get($request->input('url'));"],
      good: [
        "$value = $cache->get($request->input('key'));", "$feed = wp_remote_get(FEED_URL);",'$ch = curl_init("https://api.example.com/v1/items");', 'curl_setopt($ch, CURLOPT_URL, $endpoints[$name]);'],
    },
  },
  {
    id: 'php.tls-verification-disabled',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: PHP,
    patterns: [
      String.raw`\bCURLOPT_SSL_VERIFY(?:PEER|HOST)\s{0,5}(?:,|=>)\s{0,5}(?:false|FALSE|False|0)\b`,
      String.raw`[\[(,]\s{0,5}['"](?:verify_peer|verify_peer_name|verify)['"]\s{0,5}=>\s{0,5}(?:false|FALSE|False)\b`,
    ],
    keywords: ['curlopt_ssl_verify', 'verify'],
    examples: {
      bad: ['curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);', 'curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);', "$client = new Client(['verify' => false]);"],
      good: ['curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);', 'curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);', "$client = new Client(['verify' => '/etc/ssl/certs/ca.pem']);"],
    },
  },
  {
    id: 'php.display-errors',
    title: 'Do not display errors in production',
    languages: PHP,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bini_set\s{0,5}\(\s{0,5}['"]display_(?:startup_)?errors['"]\s{0,5},\s{0,5}(?:['"](?:1|on|true|stdout|stderr)['"]|1|true)\s{0,5}\)`],
    ignoreCase: true,
    keywords: ['display_'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-209', 'CWE-200'],
    owasp: 'A05:2021',
    message: 'Displayed PHP errors show file paths, queries and sometimes credentials to anyone who triggers one; log errors and keep display_errors off outside development.',
    examples: {
      bad: ["ini_set('display_errors', 'on');", "ini_set('display_errors', 1);"],
      good: ["ini_set('display_errors', '0');", "ini_set('log_errors', '1');"],
    },
  },
  {
    id: 'php.phpinfo',
    title: 'Do not expose phpinfo()',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bphpinfo\s{0,5}\(\s{0,5}(?:INFO_\w{1,20})?\s{0,5}\)`],
    keywords: ['phpinfo'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-200'],
    owasp: 'A05:2021',
    message: 'phpinfo() shows the server\'s configuration, paths, modules and environment variables (often secrets) to anyone who can reach the page.',
    examples: {
      bad: ['phpinfo();'],
      good: ['// phpinfo();', '$version = phpversion();'],
    },
  },
  {
    id: 'php.ldap-filter-concatenation',
    ...LDAP_FILTER_BUILT_RULE,
    languages: PHP,
    patterns: [
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n$]{0,200}(?:\$[A-Za-z_]|"\s{0,5}\.\s{0,5}\$)`,
      String.raw`'\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^'\n]{0,200}'\s{0,5}\.\s{0,5}\$`,
    ],
    unless: [String.raw`\bldap_escape\s{0,5}\(`],
    examples: {
      bad: ['$sr = ldap_search($ds, $dn, "(uid=$username)");', "$filter = '(&(objectClass=person)(mail=' . $email . '))';"],
      good: ['$sr = ldap_search($ds, $dn, "(uid=" . ldap_escape($username, "", LDAP_ESCAPE_FILTER) . ")");', '$sr = ldap_search($ds, $dn, "(objectClass=person)");'],
    },
  },
  {
    id: 'php.xpath-concatenation',
    ...XPATH_BUILT_RULE,
    languages: PHP,
    patterns: [
      String.raw`"/{1,2}[^"\n$\[]{0,100}\[[^"\n$\]]{0,60}=\s{0,5}(?:'|\\")?\s{0,5}(?:\$[A-Za-z_]|\{\$|"\s{0,5}\.\s{0,5}\$)`,
      String.raw`'/{1,2}[^'\n\[]{0,100}\[[^'\n\]]{0,60}=\s{0,5}"?\s{0,5}'\s{0,5}\.\s{0,5}\$`,
    ],
    // The query is a string literal whose quotes open onto the joined variable.
    scope: 'string',
    keywords: ['[@', "='", '="', '=\\"'],
    examples: {
      bad: [
        '$nodes = $xpath->query("//user[@name=\'$name\']");',
        "$nodes = $xml->xpath('//account[@id=\"' . $id . '\"]');",
        '$nodes = $xpath->query("//user[name/text()=\\"" . $name . "\\"]");',
      ],
      good: ['$nodes = $xpath->query("//user[@active=\'1\']");', '$url = "/users/$id";'],
    },
  },
  {
    id: 'php.cookie-flags-disabled',
    ...INSECURE_COOKIE_RULE,
    languages: PHP,
    patterns: [
      String.raw`\bsetcookie\s{0,5}\([^;]{0,300},\s{0,40}(?:false|0)\s{0,40},\s{0,40}(?:false|0)\s{0,40},?\s{0,40}\)`,
      String.raw`[\[(,]\s{0,5}['"](?:secure|httponly)['"]\s{0,5}=>\s{0,5}(?:false|0)\b`,
      String.raw`\bini_set\s{0,5}\(\s{0,5}['"]session\.cookie_(?:httponly|secure)['"]\s{0,5},\s{0,5}['"]?(?:0|false|off)['"]?\s{0,5}\)`,
    ],
    ignoreCase: true,
    keywords: ['setcookie', 'secure', 'httponly', 'session.cookie_'],
    // A call laid out one argument per line.
    reach: 'block',
    // Deleting a cookie (an empty value) leaves nothing to steal.
    unlessMatch: [String.raw`^setcookie\s{0,5}\(\s{0,40}["'][^"'\n]{1,100}["']\s{0,5},\s{0,40}(?:''|""|null|false)\s{0,5},`],
    examples: {
      bad: ['setcookie("session", $id, time() + 3600, "/", "", false, false);', "setcookie(\n    'SESSID',\n    $sid,\n    0,\n    '/',\n    '.example.com',\n    false,\n    false\n);", "session_set_cookie_params(['httponly' => false]);", "ini_set('session.cookie_httponly', 0);"],
      good: [
        'setcookie("session", $id, ["expires" => time() + 3600, "secure" => true, "httponly" => true, "samesite" => "Lax"]);',
        "ini_set('session.cookie_httponly', 1);",
        "setcookie('remember', '', time() - 3600, '/', '', false, false);",
      ],
    },
  },
  {
    id: 'php.session-id-from-input',
    title: 'Do not take the session id from the request',
    languages: PHP,
    severity: 'warning',
    confidence: 'high',
    // session_id($_GET['sid']) before session_start(): the caller picks the id (session fixation).
    patterns: [String.raw`\bsession_id\s{0,5}\(\s{0,5}(?:${INPUT}|${VARIABLE})`],
    matcher: 'request-input',
    keywords: ['session_id'],
    scope: 'code',
    lesson: 'insecure-cookies',
    cwe: ['CWE-384'],
    owasp: 'A07:2021',
    message: 'Setting the session id from the request lets an attacker send a victim a link or cookie with an id they know and then share the signed-in session (session fixation); let PHP create the id and call session_regenerate_id(true) at login.',
    examples: {
      bad: ['session_id($_GET["sid"]);', "session_id($_REQUEST['PHPSESSID']);\nsession_start();", "$sid = $_POST['session'];\nsession_id($sid);"],
      good: ['session_id(bin2hex(random_bytes(16)));', '$current = session_id();', 'session_regenerate_id(true);', "$sid = session_create_id();\nsession_id($sid);"],
    },
  },
  {
    id: 'php.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: PHP,
    patterns: KEY_CALLS.map(([call, minLength]) => String.raw`${call}['"](?<secret>[^'"\n]{${minLength},200})['"]`),
    matcher: 'not-stand-in',
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        "$encrypted = openssl_encrypt($data, 'aes-256-cbc', 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a', 0, $iv);",
        "$signature = hash_hmac('sha256', $payload, 'whk-9f8e7d6c5b4a3928');",
        "$jwt = JWT::encode($payload, 'k8Jd92hdQxz-signing', 'HS256');",
        "$claims = JWT::decode($token, new Key('k8Jd92hdQxz-signing', 'HS256'));",
        "$signature = hash_hmac('sha256', json_encode($payload), 'whk-9f8e7d6c5b4a3928');",
        "$jwt = JWT::encode($payload, 'secret', 'HS256');",
        "$jwt = JWT::encode(['sub' => $userId, 'exp' => time() + 3600], 'k8Jd92hdQxz-signing', 'HS256');",
        "$plain = openssl_decrypt($encrypted, 'aes-256-cbc', 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a', 0, $iv);",
      ],
      good: [
        "$encrypted = openssl_encrypt($data, 'aes-256-cbc', $key, 0, $iv);",
        "$signature = hash_hmac('sha256', $payload, getenv('WEBHOOK_SECRET'));",
        "$jwt = JWT::encode($payload, 'your-secret-key', 'HS256');",
        "$claims = JWT::decode($token, new Key(getenv('JWT_KEY'), 'HS256'));",
        "$secretKey = hash_hmac('sha256', $botToken, 'WebAppData', true);",
      ],
    },
  },
  {
    id: 'php.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: PHP,
    patterns: KEY_CALLS.map(([call]) => String.raw`${call}${VARIABLE}\s{0,5}[,)]`),
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        "$key = 'Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a';\n$encrypted = openssl_encrypt($data, 'aes-256-cbc', $key, 0, $iv);",
        "$secret = 'k8Jd92hdQxz-signing';\n$jwt = JWT::encode($payload, $secret, 'HS256');",
        "$secret = 'k8Jd92hdQxz-signing';\n$claims = JWT::decode($jwt, new Key($secret, 'HS256'));",
        "$webhookSecret = 'whk-9f8e7d6c5b4a3928';\n$signature = hash_hmac('sha256', $payload, $webhookSecret);",
      ],
      good: [
        "$key = getenv('DATA_KEY');\n$encrypted = openssl_encrypt($data, 'aes-256-cbc', $key, 0, $iv);",
        "$key = 'your-secret-key-here';\n$encrypted = openssl_encrypt($data, 'aes-256-cbc', $key, 0, $iv);",
        "$secret = getenv('JWT_KEY');\n$jwt = JWT::encode($payload, $secret, 'HS256');",
      ],
    },
  },
  {
    id: 'php.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: PHP,
    patterns: [
      // Both sides named for a MAC, signature, digest or secret token (a bare $token with a named secret).
      String.raw`${PHP_SECRET_VALUE}\s{0,5}(?:===?|!==?)\s{0,5}(?:${PHP_SECRET_VALUE}|\$token\b)`,
      String.raw`\$token\s{0,5}(?:===?|!==?)\s{0,5}${PHP_SECRET_VALUE}`,
      // A secret read from the request against a stored value: $_POST['csrf_token'] !== $_SESSION['csrf_token'].
      String.raw`${PHP_SECRET_INPUT}\s{0,5}(?:===?|!==?)\s{0,5}${PHP_COMPARED_VALUE}`,
      String.raw`${PHP_COMPARED_VALUE}\s{0,5}(?:===?|!==?)\s{0,5}${PHP_SECRET_INPUT}`,
      // An HMAC computed in place: hash_hmac('sha256', $payload, $secret) === $received.
      String.raw`${PHP_COMPUTED_MAC}\s{0,5}(?:===?|!==?)\s{0,5}${PHP_COMPARED_VALUE}`,
      String.raw`${PHP_COMPARED_VALUE}\s{0,5}(?:===?|!==?)\s{0,5}${PHP_COMPUTED_MAC_CALL}`,
      // strcmp() with a secret from the request: not constant-time, and an array parameter (token[]=) makes it
      // return null, which == 0 accepts.
      String.raw`\bstrn?cmp\s{0,5}\(\s{0,5}(?:${PHP_SECRET_INPUT}|${PASSWORD_INPUT})\s{0,5},\s{0,5}${PHP_COMPARED_VALUE}`,
      String.raw`\bstrn?cmp\s{0,5}\(\s{0,5}${PHP_COMPARED_VALUE}\s{0,5},\s{0,5}(?:${PHP_SECRET_INPUT}|${PASSWORD_INPUT})`,
    ],
    unlessMatch: [...NOT_SECRET_COMPARED, COMPARED_WITH_NOTHING, ENUM_VALUE],
    keywords: [...SECRET_NAME_KEYWORDS, 'passw', 'pwd'],
    requires: ['==', '!='],
    message: 'Comparing a secret with == or === stops at the first differing character, so response times can reveal it; compare with hash_equals().',
    examples: {
      bad: [
        'if ($signature !== $expected_signature) {',
        'if ($provided_token == $this->api_token) {',
        "if ($_POST['csrf_token'] !== $_SESSION['csrf_token']) {",
        "if ($_GET['token'] == $expectedToken) {",
        "if ($request->input('signature') === $computed) {",
        "if ($_SERVER['HTTP_X_API_KEY'] !== API_KEY) {",
        "if ($_SESSION['csrf'] !== $_POST['csrf_token']) {",
        'if ($signature !== $expectedSignature) {',
        'if ($token !== $this->secretKey) {',
        'return $apiKey === $this->config->apiKey;',
        "if (hash_hmac('sha256', $payload, $secret) === $received) {",
        "if ($received !== hash_hmac('sha256', $body, $key)) {",
        "if ($_SERVER['HTTP_X_API_KEY'] !== Config::API_KEY) {",
        'if (strcmp($_GET["token"], $secret) == 0) {',
        "if (strcmp($expected, $_SERVER['HTTP_X_API_KEY']) == 0) {",
      ],
      good: [
        'if (!hash_equals($expected_signature, $signature)) {',
        'if ($signature_count === 0) {',
        "if (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'])) {",
        "if ($_POST['csrf_token'] === '') {",
        "if ($_GET['token'] == null) {",
        "if ($tokenType == 'Bearer') {",
        'if ($passwordPolicy == $defaultPolicy) {',
        'if (password_verify($password, $user->password_hash)) {',
        "if ($_GET['page'] == $currentPage) {",
        'if ($token === $expectedToken) {',
        "if (strlen($_POST['token']) !== 64) {",
        'if ($authType === AuthType::API_KEY) {',
        "if (!hash_equals(hash_hmac('sha256', $payload, $secret), $received)) {",
        'if (strcmp($_GET["sort"], $column) == 0) {',
        'if (hash_equals($secret, $_GET["token"])) {',
      ],
    },
  },
  {
    id: 'php.plaintext-password-compare',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: PHP,
    patterns: [
      // A submitted password against a stored one ($user->password, $row['password']); two submitted ones (a
      // confirmation) are not a stored password.
      String.raw`${PASSWORD_INPUT}\s{0,5}(?:===?|!==?)\s{0,5}${STORED_PASSWORD}`,
      String.raw`${STORED_PASSWORD}\s{0,5}(?:===?|!==?)\s{0,5}${PASSWORD_INPUT}`,
    ],
    keywords: ['passw', 'pwd'],
    requires: ['==', '!='],
    examples: {
      bad: ['if ($_POST["password"] == $user->password) {', "if ($row['passwd'] === $request->input('passwd')) {"],
      good: ['if (password_verify($_POST["password"], $user->password)) {', "if ($_POST['password'] !== $_POST['password_confirm']) {"],
    },
  },
  {
    id: 'php.weak-cipher',
    title: 'Use sodium or AES-GCM instead of mcrypt, DES or ECB',
    languages: PHP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bmcrypt_(?:encrypt|decrypt|cbc|ecb|cfb|ofb|generic|module_open)\s{0,5}\(`,
      String.raw`\bopenssl_(?:encrypt|decrypt)\s{0,5}\([^;\n]{0,150}['"](?:des|des-ede|des-ede3|des-ede3-cbc|des-cbc|des-ecb|rc4|rc4-40|rc2-cbc|rc2|bf|bf-cbc|bf-ecb|blowfish|aes-128-ecb|aes-192-ecb|aes-256-ecb)['"]`,
    ],
    ignoreCase: true,
    keywords: ['mcrypt_', 'openssl_'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'mcrypt is unmaintained and DES, RC4, Blowfish and ECB mode are weak or leak patterns; use sodium_crypto_secretbox() or openssl with aes-256-gcm.',
    examples: {
      bad: ['$c = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);', "$c = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);", "$c = openssl_encrypt($data, 'AES-256-ECB', $key);"],
      good: ["$c = openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag);", '$c = sodium_crypto_secretbox($msg, $nonce, $key);'],
    },
  },
  {
    id: 'php.hardcoded-password-hash',
    title: 'Do not hash passwords written in the code',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`(?:\b(?:password_hash|bcrypt)|(?:^|[^>:$\w])crypt|\bHash::make)\s{0,5}\(\s{0,5}['"](?<secret>[^'"\n$\\]{1,64})['"]\s{0,5}(?:\.\s{0,5}(?:'[^'\n$\\]{0,64}'|"[^"\n$\\]{0,64}")\s{0,5})?[,)]`],
    keywords: ['password_hash', 'crypt', 'hash::make'],
    scope: 'code',
    secret: true,
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-798', 'CWE-259'],
    owasp: 'A07:2021',
    message: 'A password written into the code is hashed here, so everyone with the source knows it (seeded admin accounts are a favourite target); generate it at install time or read it from the environment.',
    examples: {
      bad: [
        "'password' => password_hash('admin', PASSWORD_DEFAULT),",
        "$pwd1 = password_hash('1' . 'admin', PASSWORD_DEFAULT);",
        "'password' => bcrypt('secret'),",
        "$user->password = Hash::make('password123');",
      ],
      good: ['$hash = password_hash($password, PASSWORD_DEFAULT);', "'password' => bcrypt($request->input('password')),", "$c = $this->crypt('x', $key);", '$hash = password_hash("$password", PASSWORD_DEFAULT);', "$hash = password_hash($_POST['password'], PASSWORD_BCRYPT);"],
    },
  },
  {
    id: 'php.predictable-seed',
    title: 'Do not seed the random generator with the time',
    languages: PHP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:mt_)?srand\s{0,5}\([^;\n]{0,60}\b(?:microtime|time|hrtime|getmypid|date)\s{0,5}\(`,
      // A seed others may know or guess: a user's id, a hash of their email address. (A $seed is chosen on purpose,
      // for output that must repeat.)
      String.raw`\b(?:mt_)?srand\s{0,5}\(\s{0,5}(?:\(int\)\s{0,5}|(?:crc32|intval|hexdec|md5)\s{0,5}\(\s{0,5})?\$(?:\w{0,20}_)?(?:user_?id|uid|id|email|e_?mail|username|login|account\w{0,10}|member\w{0,10}|customer\w{0,10})\b`,
    ],
    keywords: ['srand'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-335', 'CWE-330'],
    owasp: 'A02:2021',
    message: 'Seeding with the time, the process id or a value such as a user id leaves few likely seeds, so every value drawn afterwards can be reproduced; drop the seed call and use random_int() or random_bytes() for anything secret.',
    examples: {
      bad: ['mt_srand(crc32(microtime()));', 'srand((double) microtime() * 1000000);', 'mt_srand(time());', 'mt_srand($user_id);', 'mt_srand(crc32($email));'],
      good: ['mt_srand(42);', '$n = random_int(1, 100);', '// mt_srand(time());', 'mt_srand($seed);\nshuffle($deck);', 'mt_srand(crc32($date));'],
    },
  },
  {
    id: 'php.uniqid-value',
    title: 'Do not use uniqid() for values others must not guess',
    languages: PHP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`(?:=>?|\breturn)\s{0,5}(?:[^;\n=]{0,80}[.(,]\s{0,5})?uniqid\s{0,5}\(`,
    ],
    unless: [
      String.raw`\b(?:md5|sha1|hash)\s{0,5}\([^;\n]{0,100}\buniqid\s{0,5}\(`,
      String.raw`\$\w{0,30}${SECRET_NAME}\w{0,30}['"\]]{0,2}\s{0,5}\.?=`,
      String.raw`\brandom_bytes\s{0,5}\(`,
    ],
    ignoreCase: true,
    keywords: ['uniqid'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-330'],
    owasp: 'A02:2021',
    message: 'uniqid() is the current time in hex, so anyone can guess the value; if it names an upload, a link, a session or anything private, use bin2hex(random_bytes(16)).',
    examples: {
      bad: ['$filename = uniqid() . ".jpg";', 'return uniqid($prefix);', '$name = "upload_" . uniqid("", true);', "$invite = ['code' => uniqid(), 'email' => $email];"],
      good: ['$filename = bin2hex(random_bytes(16)) . ".jpg";', '// $id = uniqid();', '$token = md5(uniqid());'],
    },
  },
  {
    id: 'php.predictable-tmp-path',
    ...FIXED_TEMP_PATH_RULE,
    languages: PHP,
    patterns: [
      String.raw`\b(?:shell_exec|exec|system|passthru|popen|proc_open|fopen|file_put_contents|file_get_contents|file|readfile|touch|copy|rename|unlink|move_uploaded_file|parse_ini_file|simplexml_load_file|symlink|link)\s{0,5}\(\s{0,5}['"][^'"\n]{0,80}/tmp/[\w.-]`,
    ],
    keywords: ['/tmp/'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use tempnam(sys_get_temp_dir(), ...) or tmpfile().',
    examples: {
      bad: ["$tainted = shell_exec('cat /tmp/tainted.txt');", 'file_put_contents("/tmp/app.log", $line, FILE_APPEND);'],
      good: ['$path = tempnam(sys_get_temp_dir(), "app");', "$fp = tmpfile();", "$dir = tempnam('/tmp', 'upl');"],
    },
  },
  {
    id: 'php.spoofable-ip-header',
    title: 'Do not trust client IP headers',
    languages: PHP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      // A getter that falls back to REMOTE_ADDR is one finding, shown on the header it prefers: the match runs on
      // to the fallback so the getter's other header reads are not reported again.
      String.raw`(?<report>${IP_HEADER_READ})[^\x60]{0,300}?${REMOTE_ADDR}`,
      IP_HEADER_READ,
      String.raw`(?:\barray\s{0,5}\(|[=(,]\s{0,5}\[)[^\]\n)]{0,200}['"]${IP_HEADER}['"]`,
      String.raw`->\s{0,5}(?:header|getHeader|getHeaderLine|get)\s{0,5}\(\s{0,5}['"]${IP_HEADER_NAME}['"]`,
    ],
    ignoreCase: true,
    keywords: ['forwarded', 'client_ip', 'real_ip', 'client-ip', 'real-ip', 'connecting'],
    reach: 'block',
    scope: 'code',
    lesson: 'spoofable-client-ip',
    cwe: ['CWE-290', 'CWE-348'],
    owasp: 'A07:2021',
    message: 'This address comes from a request header that any client can set to any value, so it must not decide access, rate limits, bans or audit records; use REMOTE_ADDR, or the header only when the request came from a proxy you trust.',
    examples: {
      bad: [
        "$ip = $_SERVER['HTTP_X_FORWARDED_FOR'];",
        "$ip = isset($_SERVER['HTTP_CLIENT_IP']) ? $_SERVER['HTTP_CLIENT_IP'] : $_SERVER['REMOTE_ADDR'];",
        "foreach (array('HTTP_CLIENT_IP', 'HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR') as $key) {",
        "$ip = $request->header('X-Forwarded-For');",
        "$hdr_ip = stripslashes($_SERVER['HTTP_X_FORWARDED_FOR']);",
        "$ip = $request->getServerParams()['HTTP_X_FORWARDED_FOR'] ?? '';",
      ],
      good: [
        "$ip = $_SERVER['REMOTE_ADDR'];",
        "if (isset($_SERVER['HTTP_X_FORWARDED_FOR'])) {",
        "// $ip = $_SERVER['HTTP_X_FORWARDED_FOR'];",
        "$ua = $_SERVER['HTTP_USER_AGENT'];",
      ],
    },
  },
  {
    id: 'php.ip-based-access-check',
    title: 'Do not grant access by client IP',
    languages: PHP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bin_array\s{0,5}\(\s{0,5}@?${REMOTE_ADDR}\s{0,5},`,
      String.raw`${REMOTE_ADDR}\s{0,5}(?:===?|!==?|<>)\s{0,5}['"]`,
      // A literal first ('127.0.0.1' === …): the match starts at the literal's closing quote, inside the string, so
      // the comparison (in code) is what is reported.
      String.raw`['"]\s{0,5}(?<report>(?:===?|!==?|<>)\s{0,5}@?${REMOTE_ADDR})`,
      String.raw`\b(?:strpos|stripos|str_starts_with|strncmp|preg_match|fnmatch|ip_in_range|cidr_match|checkIp)\s{0,5}\([^;\n]{0,80}${REMOTE_ADDR}`,
      String.raw`\bsubstr\s{0,5}\(\s{0,5}@?${REMOTE_ADDR}[^)\n]{0,30}\)\s{0,5}(?:===?|!==?)`,
      String.raw`\b(?:isset|array_key_exists)\s{0,5}\(\s{0,5}(?:\$\w{1,40}\s{0,5}\[\s{0,5}@?${REMOTE_ADDR}|@?${REMOTE_ADDR}\s{0,5},)`,
    ],
    keywords: ['remote_addr'],
    scope: 'code',
    lesson: 'spoofable-client-ip',
    cwe: ['CWE-290', 'CWE-291'],
    owasp: 'A07:2021',
    message: 'Access is decided by the client\'s IP address, which many users share behind NAT and every request has behind a local reverse proxy (often 127.0.0.1), so it is no proof of identity; require a login or a signed credential.',
    examples: {
      bad: [
        "if (!in_array(@$_SERVER['REMOTE_ADDR'], array('127.0.0.1', '::1'))) {",
        "if ($_SERVER['REMOTE_ADDR'] == '10.0.0.5') { $isAdmin = true; }",
        "if (strpos($_SERVER['REMOTE_ADDR'], '192.168.') === 0) {",
        "if (!isset($allowed[$_SERVER['REMOTE_ADDR']])) { die('Forbidden'); }",
        "if ('127.0.0.1' !== $_SERVER['REMOTE_ADDR']) { http_response_code(403); exit; }",
        "if (substr($_SERVER['REMOTE_ADDR'], 0, 8) === '192.168.') {",
      ],
      good: ["$ip = $_SERVER['REMOTE_ADDR'];", "$subnet = substr($_SERVER['REMOTE_ADDR'], 0, 8);", "log_message('info', 'login from ' . $_SERVER['REMOTE_ADDR']);", "if (isset($_SERVER['REMOTE_ADDR'])) {", "// if ($_SERVER['REMOTE_ADDR'] == '127.0.0.1')"],
    },
  },
  {
    id: 'php.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: PHP,
    patterns: [
      // $db_password = '...'; 'password' => '...'; define('DB_PASSWORD', '...');
      String.raw`\$` + CREDENTIAL_IDENTIFIER + String.raw`\s{0,5}=\s{0,5}["'](?<secret>[^"'\s]{3,200})["']`,
      String.raw`[\[(,]\s{0,5}["']` + CREDENTIAL_IDENTIFIER + String.raw`["']\s{0,5}=>\s{0,5}["'](?<secret>[^"'\s]{3,200})["']`,
      // (WordPress's keys and salts too, whose values are often aligned: define('AUTH_KEY',         '...').)
      String.raw`\bdefine\s{0,5}\(\s{0,5}["']\w{0,40}(?:PASSWORD|PASSWD|SECRET|API_?KEY|AUTH_?KEY|PRIVATE_?KEY|LOGGED_IN_KEY|NONCE_KEY|_SALT)["']\s{0,5},\s{0,40}["'](?<secret>[^"'\s]{3,200})["']`,
      // PHP's habit of short names: $pass, $db_pass, $dbpass, 'smtp_pass' => '...' (a bare 'pass' key is often a
      // test's or a form's outcome).
      String.raw`\$(?:${PASS_OWNER})?(?:pass|PASS)\s{0,5}=\s{0,5}["'](?<secret>[^"'\s]{3,200})["']`,
      String.raw`[\[(,]\s{0,5}["']${PASS_OWNER}(?:pass|PASS)["']\s{0,5}=>\s{0,5}["'](?<secret>[^"'\s]{3,200})["']`,
      // The password argument of a database connection: new PDO($dsn, 'app', '...'), mysqli_connect('db', 'app', '...').
      String.raw`(?:\b(?:mysqli_connect|mysql_p?connect)|\bnew\s{1,5}(?:mysqli|PDO))\s{0,5}\(\s{0,5}(?:${CONNECT_ARGUMENT}\s{0,5},\s{0,5}){2}["'](?<secret>[^"'\s]{3,200})["']`,
    ],
    // A placeholder in PHP's own syntax: `'{$password}'`, `'%s'`.
    unlessMatch: [...NOT_A_CREDENTIAL, PRINTF_CONVERSION],
    keywords: [...CREDENTIAL_KEYWORDS, '_pass', '$pass', 'dbpass', '"pass', "'pass", 'auth_key', 'authkey', 'logged_in_key', 'nonce_key', '_salt', 'mysqli', 'mysql_connect', 'mysql_pconnect', 'pdo('],
    message: 'A password or key is written into the code, so everyone with the source has it and rotating it needs a release; read it from the environment (getenv, $_ENV) or a config file outside the repository.',
    examples: {
      bad: [
        "define('DB_PASSWORD', 'Sup3rS3cret!');",
        "define('AUTH_KEY',         'x7#Lq9@Zp2!Vm4$Nk8&Rt6*Yw1^Hb3%J');",
        "define('NONCE_SALT', 'k7#P)v9XqL!2mZ$8wR@4tY%6nB^1cF&3hJ*5gD(0sA-=+');",
        "$db_password = 'hunter2';",
        "$db_pass = 'r00t!Passw0rd';",
        "$mail = ['smtp_pass' => 'Xq7!mailer2023'];",
        "$config = ['username' => 'app', 'password' => 'hunter2'];",
        '$db = new PDO("mysql:host=localhost;dbname=app", "root", "toor123!");',
        '$conn = mysqli_connect("localhost", "admin", "P@ssw0rd2024", "shop");',
      ],
      good: [
        "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
        "define('AUTH_KEY',         'put your unique phrase here');",
        "$password = '';",
        "$rules = ['password' => 'required|min:12'];",
        "$field = 'password';",
        "$bypass = 'maintenance-mode';",
        "$badges = ['pass' => 'success', 'fail' => 'danger'];",
        "$container->setParameter('database_password', '%env(DATABASE_PASSWORD)%');\n$config = ['password' => '%env(DATABASE_PASSWORD)%'];",
        "$first_pass = 'done';",
        "$db_pass = getenv('DB_PASS');",
        '$db = new PDO($dsn, $user, getenv("DB_PASSWORD"));',
        '$conn = mysqli_connect("localhost", "root", "", "shop");',
      ],
    },
  },
  {
    id: 'php.xml-entity-expansion',
    title: 'Do not let libxml expand external entities',
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bLIBXML_NOENT\b`, String.raw`\blibxml_disable_entity_loader\s{0,5}\(\s{0,5}false\s{0,5}\)`],
    keywords: ['libxml_noent', 'libxml_disable_entity_loader'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'LIBXML_NOENT makes libxml substitute entities, so a document can pull in local files or URLs (XXE); parse without it.',
    examples: {
      bad: ["$xml = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NOENT);", '$doc->loadXML($body, LIBXML_NOENT | LIBXML_DTDLOAD);', 'libxml_disable_entity_loader(false);'],
      good: ['$xml = simplexml_load_string($body);', '$doc->loadXML($body, LIBXML_NONET);', '// never pass LIBXML_NOENT here'],
    },
  },
  {
    id: 'php.upload-client-filename',
    title: "Do not store uploads under the client's file name",
    languages: PHP,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bmove_uploaded_file\s{0,5}\([^;\n]{0,200},[^;\n]{0,200}\$_FILES\s{0,5}\[[^\]\n]{1,60}\]\s{0,5}\[\s{0,5}['"]name['"]\s{0,5}\]`],
    unless: [String.raw`\bbasename\s{0,5}\(\s{0,5}\$_FILES`],
    keywords: ['move_uploaded_file'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-434', 'CWE-22'],
    owasp: 'A04:2021',
    message: "The upload is saved under the name the client sent, so a user can upload shell.php into a served folder or climb out with ../; generate the name and check the type.",
    examples: {
      bad: ["move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . $_FILES['f']['name']);"],
      good: ["move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.png');", "$original = $_FILES['f']['name'];"],
    },
  },
  {
    id: 'php.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: PHP,
    // mkdir's mode passes through the umask (0777 is its default), as in the other languages' rules.
    patterns: [String.raw`\bchmod\s{0,5}\([^;\n]{1,200},\s{0,5}0?[0-7]?[0-7][0-7][2367]\s{0,5}[,)]`],
    keywords: ['chmod'],
    examples: {
      bad: ['chmod($path, 0777);', 'chmod($uploadDir . "/" . $name, 0666);'],
      good: ['chmod($path, 0640);', 'mkdir($uploadDir, 0777, true);'],
    },
  },
  {
    id: 'php.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: PHP,
    // Reported at the number: the key name is a string, and findings in strings are not code.
    patterns: [String.raw`["']private_key_bits["']\s*=>\s*(?<report>${SHORT_MODULUS_BITS})\b`],
    keywords: ['private_key_bits'],
    examples: {
      bad: ["$key = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);", '$config = array("private_key_bits" => 512);'],
      good: ["$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);", "$config = ['private_key_bits' => $bits];"],
    },
  },
  {
    id: 'php.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: PHP,
    patterns: [
      String.raw`\b(?:system|exec|shell_exec|passthru|popen|proc_open)\s{0,5}\(\s{0,5}${DOWNLOAD_PIPED_TO_SHELL}`,
      // A backtick command: the lexer leaves it code, while a quoted string's quote is string.
      DOWNLOAD_PIPED_TO_SHELL,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: ["shell_exec('curl -fsSL https://get.example.com/install.sh | sh');", '$out = `curl -fsSL https://get.example.com/install.sh | bash`;'],
      good: [
        "echo 'Install with: curl -fsSL https://get.example.com/install.sh | sh';",
        "exec('curl -fsSLo install.sh ' . escapeshellarg($installerUrl));",
      ],
    },
  },
];
