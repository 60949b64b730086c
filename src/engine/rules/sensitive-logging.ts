// Passwords, keys and tokens written to logs or the console: the debugging line an assistant adds to a login
// handler ("login attempt", username, password) outlives the debugging. One family across the languages, which
// differ only in how they log and how they interpolate.
import type { RuleSpec } from '../types';
import { CSHARP, GO, JAVA, JS, PHP, PYTHON, RUBY, RUST } from '../languages';

const PASSWORD_OWNERS = ['get', 'db', 'user', 'new', 'old', 'admin', 'root', 'plain', 'raw', 'current', 'login', 'account', 'master', 'smtp', 'mail', 'email', 'redis', 'mysql', 'pg', 'postgres', 'ldap', 'bind', 'proxy', 'sudo', 'app', 'client', 'jwt', 'hmac', 'signing', 'webhook', 'api', 'aws', 'session', 'cookie'];
const KEY_KINDS = ['api', 'secret', 'private', 'signing', 'encryption', 'access'];
const TOKEN_KINDS = ['access', 'refresh', 'auth', 'api', 'bearer', 'id', 'session', 'oauth', 'jwt', 'csrf', 'github', 'slack', 'stripe'];

const PASSWORD_WORDS = ['password', 'passwd', 'passphrase', 'secret'];

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
const upper = (word: string) => word.toUpperCase();
const anyOf = (words: string[], style: (word: string) => string = (word) => word) => `(?:${words.map(style).join('|')})`;
/** The words after a lower-case first word, in snake case (db_password, apikey) or camel case (dbPassword, apiKey). */
const snakeOrCamel = (words: string[]) => `(?:_?${anyOf(words)}|${anyOf(words, capital)})`;
/** A constant's leading words, any of them: OPENAI_API_KEY, SMTP_PASSWORD. Constants are rarely flags. */
const CONSTANT_PREFIX = String.raw`(?:[A-Z][A-Z0-9]{0,15}_){0,2}`;

/**
 * A whole name that holds a credential, in the case styles code uses. Spelt out rather than matched ignoring case,
 * which made V8 compile these patterns six times slower and would take showPassword (a flag) for a password.
 * `token` and `key` alone are left out: lexers, parsers and maps log those all day.
 */
const SENSITIVE_NAME = [
  // password, db_password, dbPassword, apiKey, access_token
  anyOf(PASSWORD_WORDS),
  `${anyOf(PASSWORD_OWNERS)}${snakeOrCamel(PASSWORD_WORDS)}`,
  `${anyOf(KEY_KINDS)}${snakeOrCamel(['key'])}`,
  `${anyOf(TOKEN_KINDS)}${snakeOrCamel(['token'])}`,
  // Password, DbPassword, DBPassword, ApiKey, APIKey, AccessToken, IDToken
  `(?:${anyOf(PASSWORD_OWNERS, capital)}|[A-Z]{2,5})?${anyOf(PASSWORD_WORDS, capital)}`,
  `(?:${anyOf(KEY_KINDS, capital)}|${anyOf(KEY_KINDS, upper)})Key`,
  `(?:${anyOf(TOKEN_KINDS, capital)}|${anyOf(TOKEN_KINDS, upper)})Token`,
  // PASSWORD, DB_PASSWORD, OPENAI_API_KEY, GITHUB_TOKEN
  `${CONSTANT_PREFIX}(?:${anyOf(PASSWORD_WORDS, upper)}|${anyOf(KEY_KINDS, upper)}_?KEY|${anyOf(TOKEN_KINDS, upper)}_?TOKEN)`,
].join('|');
/** Every match holds one of these: the prefilter (less any that holds another: secretkey holds secret). */
const SENSITIVE_KEYWORDS = [
  'passw',
  'passphrase',
  'secret',
  ...KEY_KINDS.flatMap((kind) => [`${kind}key`, `${kind}_key`]),
  ...TOKEN_KINDS.flatMap((kind) => [`${kind}token`, `${kind}_token`]),
].filter((keyword, i, all) => !all.some((other, j) => j !== i && keyword.includes(other)));

/**
 * The objects in front of the name and the lookups that reach it: `this.`, `req.body.`, `$user->`, `@`, `self::`,
 * `&config.`, `form["`, `params[:`, `request.form.get('`.
 */
const MEMBER_PATH = String.raw`[&*]?(?:[$@]?\w{1,40}(?:\??\.|->|::|\[\s{0,5}[:'"]|\.get\(\s{0,5}['"])){0,6}[$@]?`;
/** The name itself, its getter (`getPassword()`, `get_password()`: `get` is an owner) or a lookup of it. */
const SENSITIVE_VALUE = String.raw`${MEMBER_PATH}(?:${SENSITIVE_NAME})(?:\(\)|['"]?\s{0,5}[\])])?`;
/**
 * What may stand right after the value: the end of the argument. A value that goes on (`password.length`,
 * `password ? 'set' : 'unset'`, `password == null`, `passwords`) is something else.
 */
const VALUE_END = String.raw`\s{0,5}(?:[,)+;}]|$)`;

const JS_LOG_CALL = String.raw`\b(?:console\s{0,5}\.\s{0,5}(?:log|info|debug|warn|error|trace|dir)|(?:logger|log)\s{0,5}\.\s{0,5}(?:info|debug|warn|warning|error|trace|verbose|fatal|log))\s{0,5}\(`;
const REQUEST_BODY = String.raw`\b(?:req|request|ctx\.request)\s{0,5}\.\s{0,5}body`;

interface LoggingSpelling {
  id: string;
  languages: string[];
  /** The log and print calls, up to and including the opening of their arguments. */
  call: string;
  /** What may stand just before the value (DEFAULT_SEPARATOR unless given: PHP joins strings with `.`). */
  separator?: string;
  /** Interpolated strings as `(opening quote and text)(value)(closing)`: the value is a SENSITIVE_VALUE. */
  interpolations: { before: string; after: string }[];
  examples: RuleSpec['examples'];
}

/** `:` only before a space, so that a Ruby symbol (`params[:api_key]`) is not taken for a separator. */
const DEFAULT_SEPARATOR = String.raw`[,+%{]|:[ \t]|=>`;
/**
 * The arguments before the value, string literals skipped whole (a name inside one is text, not the value): up
 * to four runs that each end in a literal, then the text up to the separator. Bounded, so that a minified line of
 * many calls costs each call a constant.
 */
const ARGUMENTS_BEFORE = String.raw`(?:[^;\n"'\x60]{0,100}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|\x60[^\x60\n]{0,100}\x60)){0,4}[^;\n"'\x60]{0,100}?`;

/**
 * Two shapes per language. A value passed as an argument is reported where it stands. A value interpolated into
 * a string is inside the literal, which is not code, so that finding is reported on the call.
 */
function secretLoggedRule(spelling: LoggingSpelling): RuleSpec {
  const separator = spelling.separator ?? DEFAULT_SEPARATOR;
  const asArgument = String.raw`${spelling.call}(?:${ARGUMENTS_BEFORE}(?:${separator}))?[ \t]{0,5}(?<report>${SENSITIVE_VALUE})${VALUE_END}`;
  const interpolated = spelling.interpolations.map(
    ({ before, after }) => String.raw`(?<report>${spelling.call})${ARGUMENTS_BEFORE}${before}${SENSITIVE_VALUE}${after}`,
  );
  return {
    id: spelling.id,
    title: 'Keep passwords, keys and tokens out of logs',
    languages: spelling.languages,
    severity: 'warning',
    confidence: 'medium',
    patterns: [asArgument, ...interpolated],
    keywords: SENSITIVE_KEYWORDS,
    scope: 'code',
    lesson: 'sensitive-data-in-logs',
    cwe: ['CWE-532'],
    owasp: 'A09:2021',
    message: 'This writes a password, key or token to a log or the console, where everyone who can read the logs (and every service they are shipped to) can read it too; log that it was set, or an identifier, never the value.',
    examples: spelling.examples,
  };
}

export const SENSITIVE_LOGGING_RULES: RuleSpec[] = [
  secretLoggedRule({
    id: 'cs.secret-logged',
    languages: CSHARP,
    call: String.raw`\b(?:Console\s{0,5}\.\s{0,5}Write(?:Line)?|(?:Debug|Trace)\s{0,5}\.\s{0,5}(?:Write(?:Line)?|Trace(?:Information|Warning|Error))|_?[Ll]og(?:ger)?\s{0,5}\.\s{0,5}(?:Log(?:Information|Debug|Warning|Error|Trace|Critical)?|Information|Info|Debug|Warning|Warn|Error|Fatal|Verbose))\s{0,5}\(`,
    interpolations: [{ before: String.raw`\$@?"[^"\n]{0,200}?\{\s{0,5}`, after: String.raw`\s{0,5}[}:,]` }],
    examples: {
      bad: [
        'Console.WriteLine($"Connecting to {host} with password {password}");',
        '_logger.LogInformation("Client secret: {Secret}", clientSecret);',
        'Console.WriteLine("Token: " + response.AccessToken);',
      ],
      good: [
        'Console.WriteLine($"Connecting to {host} as {username}");',
        '_logger.LogInformation("Client secret configured: {Configured}", clientSecret != null);',
        'Console.WriteLine("Token expires at " + response.ExpiresAt);',
      ],
    },
  }),
  secretLoggedRule({
    id: 'go.secret-logged',
    languages: GO,
    call: String.raw`\b(?:(?:log|fmt)\s{0,5}\.\s{0,5}Print(?:f|ln)?|log\s{0,5}\.\s{0,5}(?:Fatal|Panic)(?:f|ln)?|(?:logger|log|slog|sugar)\s{0,5}\.\s{0,5}(?:Info|Debug|Warn|Error)[fw]?)\s{0,5}\(`,
    interpolations: [],
    examples: {
      bad: ['log.Printf("login %s/%s", username, password)', 'logger.Info("token issued", zap.String("token", accessToken))'],
      good: ['log.Printf("login %s", username)', 'log.Printf("password length %d", len(password))', 'logger.Info("token issued", zap.String("user", userID))'],
    },
  }),
  secretLoggedRule({
    id: 'java.secret-logged',
    languages: JAVA,
    call: String.raw`\b(?:System\s{0,5}\.\s{0,5}(?:out|err)\s{0,5}\.\s{0,5}print(?:ln|f)?|println|(?:[Ll]og(?:ger)?|LOG(?:GER)?)\s{0,5}\.\s{0,5}(?:info|debug|warn|error|trace|fatal))\s{0,5}\(`,
    // Kotlin and Groovy templates: "$password", "${user.password}".
    interpolations: [{ before: String.raw`"[^"\n]{0,200}?\$\{?`, after: String.raw`(?:\}|[^\w\n]|$)` }],
    examples: {
      bad: [
        'System.out.println("Password: " + password);',
        'log.info("Issued token {}", accessToken);',
        'logger.debug("user " + user.getName() + " pw " + user.getPassword());',
        'println("Connecting with $dbPassword")',
      ],
      good: [
        'System.out.println("Password updated for " + username);',
        'log.info("Issued token for {}", userId);',
        'logger.debug("pw length " + user.getPassword().length());',
        'println("Connecting as $dbUser")',
      ],
    },
  }),
  secretLoggedRule({
    id: 'js.secret-logged',
    languages: JS,
    call: JS_LOG_CALL,
    interpolations: [{ before: String.raw`\x60[^\x60\n]{0,200}?\$\{\s{0,5}`, after: String.raw`\s{0,5}\}` }],
    examples: {
      bad: [
        "console.log('login attempt', username, password);",
        'logger.info(`token refreshed: ${refreshToken}`);',
        'console.log("user " + user.email + " pw " + req.body.password);',
        "logger.debug({ apiKey }, 'calling the API');",
      ],
      good: [
        "console.log('login attempt', username);",
        "console.log('password length', password.length);",
        'logger.info(`token refreshed for ${user.id}`);',
        "console.log('password reset email sent to', email);",
        "logger.debug({ hasApiKey: Boolean(apiKey) }, 'calling the API');",
      ],
    },
  }),
  secretLoggedRule({
    id: 'php.secret-logged',
    languages: PHP,
    call: String.raw`(?:\b(?:error_log|var_dump|print_r)|\$(?:this\s{0,5}->\s{0,5})?(?:logger|log)\s{0,5}->\s{0,5}(?:info|debug|warning|error|notice|critical)|\b(?:Log|logger\(\))\s{0,5}(?:::|->)\s{0,5}(?:info|debug|warning|error|notice|critical))\s{0,5}\(`,
    separator: String.raw`[,.]|=>`,
    interpolations: [{ before: String.raw`"[^"\n]{0,200}?\{?\$`, after: String.raw`(?:\}|[^\w\n]|$)` }],
    examples: {
      bad: [
        'error_log("Login failed for $username with password $password");',
        "$this->logger->info('Login', ['user' => $user, 'password' => $request->password]);",
        "error_log('API key: ' . $apiKey);",
      ],
      good: [
        'error_log("Login failed for $username");',
        "$this->logger->info('Login', ['user' => $user]);",
        "error_log('Password reset requested for ' . $email);",
      ],
    },
  }),
  secretLoggedRule({
    id: 'py.secret-logged',
    languages: PYTHON,
    call: String.raw`\b(?:print|_{0,2}(?:logging|logger|log|LOGGER|LOG)\s{0,5}\.\s{0,5}(?:debug|info|warning|warn|error|critical|exception|log))\s{0,5}\(`,
    separator: String.raw`${DEFAULT_SEPARATOR}|\.format\(`,
    interpolations: [{ before: String.raw`\b[rRbB]?[fF][rRbB]?["'][^"'\n]{0,200}?\{\s{0,5}`, after: String.raw`\s{0,5}[}!:=]` }],
    examples: {
      bad: [
        'print(f"Connecting to {host} with password {db_password}")',
        'logging.debug("API key: %s", api_key)',
        'logger.info("login %s %s", username, request.form["password"])',
        'print("token: {}".format(access_token))',
      ],
      good: [
        'print(f"Connecting to {host} as {user}")',
        'logging.debug("API key set: %s", bool(api_key))',
        'logger.info("password changed for %s", username)',
        'print("token expires: {}".format(expires_at))',
      ],
    },
  }),
  secretLoggedRule({
    id: 'rb.secret-logged',
    languages: RUBY,
    call: String.raw`\b(?:puts|pp?|print|(?:logger|log)\s{0,5}\.\s{0,5}(?:info|debug|warn|error|fatal))(?:\s{0,5}\(|[ \t]{1,5})`,
    interpolations: [{ before: String.raw`"[^"\n]{0,200}?#\{\s{0,5}`, after: String.raw`\s{0,5}\}` }],
    examples: {
      bad: ['puts "Connecting with password #{password}"', 'Rails.logger.info("login #{params[:username]} #{params[:password]}")', 'logger.debug(params[:api_key])'],
      good: ['puts "Connecting as #{username}"', 'logger.info("password changed for #{user.email}")', 'logger.debug(params[:api_key].present?)'],
    },
  }),
  {
    id: 'js.login-body-logged',
    title: 'Do not log the whole request body of a login or sign-up',
    languages: JS,
    severity: 'warning',
    confidence: 'medium',
    // The body itself passed to a log call or interpolated into its message, reported; the matcher finds a
    // credentials route or handler above it.
    patterns: [
      String.raw`${JS_LOG_CALL}${ARGUMENTS_BEFORE}(?<report>${REQUEST_BODY})\s{0,5}(?:[,)}]|$)`,
      String.raw`(?<report>${JS_LOG_CALL})${ARGUMENTS_BEFORE}\x60[^\x60\n]{0,200}?\$\{\s{0,5}(?:JSON\s{0,5}\.\s{0,5}stringify\s{0,5}\(\s{0,5})?${REQUEST_BODY}\s{0,5}\)?\s{0,5}\}`,
    ],
    matcher: 'in-credentials-handler',
    keywords: ['.body'],
    scope: 'code',
    lesson: 'sensitive-data-in-logs',
    cwe: ['CWE-532'],
    owasp: 'A09:2021',
    message: 'This logs the whole body of a login, sign-up or password request, and so the password in it, where everyone who can read the logs can read it too; log the user name or id only.',
    examples: {
      bad: [
        "app.post('/login', (req, res) => {\n  console.log('login attempt', req.body);",
        "router.post('/api/auth/register', async (req, res) => {\n  logger.info(`register ${JSON.stringify(req.body)}`);",
        'const handleLogin = async (req, res) => {\n  console.log(req.body);',
      ],
      good: [
        "app.post('/login', (req, res) => {\n  console.log('login attempt', req.body.email);",
        "app.post('/comments', (req, res) => {\n  console.log('new comment', req.body);",
        'const handleComment = async (req, res) => {\n  console.log(req.body);',
      ],
    },
  },
  secretLoggedRule({
    id: 'rust.secret-logged',
    languages: RUST,
    call: String.raw`\b(?:e?println|e?print|dbg|(?:(?:log|tracing)\s{0,5}::\s{0,5})?(?:info|debug|warn|error|trace))\s{0,5}!\s{0,5}\(`,
    // Inline format arguments: "{password}", "{password:?}".
    interpolations: [{ before: String.raw`"[^"\n]{0,200}?\{`, after: String.raw`[}:]` }],
    examples: {
      bad: ['println!("db password: {}", db_password);', 'info!("token {access_token}");', 'dbg!(&config.client_secret);'],
      good: ['println!("db user: {}", db_user);', 'info!("token refreshed for {user_id}");', 'dbg!(config.client_secret.is_some());'],
    },
  }),
];
