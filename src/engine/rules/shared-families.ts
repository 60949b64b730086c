// What the languages' rules on one construct share: title, message, lesson and classification. Each language's
// rule adds its own patterns, keywords and examples.
import type { RuleSpec } from '../types';
import { CSHARP_REQUEST_RECEIVER, CSHARP_REQUEST_SOURCE, GO_CONTEXT_READ, GO_REQUEST_RECEIVER, JAVA_REQUEST_RECEIVER, PHP_FRAMEWORK_INPUT } from '../request-input';

/** A server-side fetch of a URL that request data chose (SSRF). */
export const SSRF_FROM_REQUEST_RULE = {
  title: 'Do not fetch URLs taken from the request',
  severity: 'error',
  confidence: 'high',
  matcher: 'request-input',
  scope: 'code',
  lesson: 'ssrf',
  cwe: ['CWE-918'],
  owasp: 'A10:2021',
  message: 'The server fetches a URL that the request chose, so a caller can make it reach internal services or cloud metadata (SSRF); allow only known hosts.',
} satisfies Partial<RuleSpec>;

/** A name for a password, in the spellings code uses (password, userPassword, passwd, pwd, DB_PASSWORD). */
export const PASSWORD_WORD = String.raw`(?:[Pp]assword|[Pp]asswd|[Pp]wd|PASSWORD)`;
/** A password field, key or attribute: user.password, row["passwd"], ->pwd. */
export const PASSWORD_FIELD = String.raw`(?:password|passwd|pwd)`;
/** A submitted password's parameter name, which forms also shorten to `pass`. */
export const PASSWORD_PARAMETER = String.raw`(?:password|passwd|pwd|pass)`;

/**
 * Words on a line that hashes for caching or integrity, not security: an ETag, a cache key, a checksum, also as a
 * part of a snake_case name (cache_key, file_checksum); S3's Content-MD5 header; the WebSocket accept key's GUID.
 */
// Also what a protocol prescribes: S3's Content-MD5, the WebSocket handshake's SHA-1 of the key and its GUID.
export const NON_SECURITY_HASH_USE = String.raw`(?:\b|_)(?:etag|ETag|eTag|Etag|[Cc]ache|[Cc]hecksum|[Ff]ingerprint|gravatar|[Ff]ileHash|contentHash|cacheKey|integrity)(?:\b|_)|[Cc]ontent[-_]?(?:MD5|Md5|md5)|258EAFA5|[Ss]ec-?[Ww]eb[Ss]ocket-?[Aa]ccept|[Ww]eb[Ss]ocket[Aa]ccept|websocket_accept`;

/** Password storage too cheap to guess against (CWE-916): what the two password-hashing families share. */
const CHEAP_PASSWORD_HASH = {
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'weak-hashing',
  cwe: ['CWE-916'],
  owasp: 'A02:2021',
} satisfies Partial<RuleSpec>;

/** One fast hash (SHA-2, SHA-3) of a password. */
export const PASSWORD_FAST_HASH_RULE = {
  ...CHEAP_PASSWORD_HASH,
  title: 'Hash passwords with a slow, salted algorithm',
  message: 'A single fast hash of a password can be brute-forced at billions of guesses per second, so use bcrypt, scrypt or Argon2 instead.',
} satisfies Partial<RuleSpec>;

/**
 * A salt written in the code (CWE-760) for a password's hash or key derivation, so equal passwords hash alike and
 * one precomputed table serves them all (CWE-916). A rule adds how to make a salt in its language.
 */
export const FIXED_SALT_RULE = {
  ...CHEAP_PASSWORD_HASH,
  title: 'Give each password its own random salt',
  cwe: ['CWE-760', 'CWE-916'],
  message: 'A salt written in the code is the same for every password, so equal passwords get equal hashes and one precomputed table cracks them all; generate a random salt per password and store it with the hash.',
} satisfies Partial<RuleSpec>;

/** A redirect whose target request data chose (open redirect). */
export const OPEN_REDIRECT_FROM_REQUEST_RULE = {
  title: 'Do not redirect to a URL taken from the request',
  severity: 'warning',
  confidence: 'high',
  matcher: 'request-input',
  scope: 'code',
  lesson: 'open-redirect',
  cwe: ['CWE-601'],
  owasp: 'A01:2021',
  message: 'Redirecting to a URL from the request lets anyone craft a link on your domain that sends users to a phishing site; redirect only to local paths or known hosts.',
} satisfies Partial<RuleSpec>;

/** An XPath query with a value joined or formatted into it. Languages name their own safe spelling in the message. */
export const XPATH_BUILT_RULE = {
  title: 'Do not build XPath queries from values',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'xpath-injection',
  cwe: ['CWE-643'],
  owasp: 'A03:2021',
  message: 'A value joined into an XPath query can close its quote and add or 1=1, returning or bypassing any node; pass it as an XPath variable or check it against an allow-list.',
} satisfies Partial<RuleSpec>;

/** A downloaded script run straight in a shell, from a script or from a program's command string. */
export const PIPE_TO_SHELL_RULE = {
  title: 'Do not pipe a download into a shell',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'pipe-to-shell',
  cwe: ['CWE-494', 'CWE-829'],
  owasp: 'A08:2021',
  message: 'A downloaded script runs straight in a shell, unreviewed and unverified, so whoever controls that URL or its network path runs code here.',
} satisfies Partial<RuleSpec>;

/** A pipe into a shell, run with sudo or not: `| sh`, `| sudo -E bash`. */
export const PIPE_INTO_SHELL = String.raw`\|[ \t]{0,60}(?:sudo[ \t]{1,60}(?:-E[ \t]{1,60})?)?(?:ba|z|k|da|fi)?sh\b`;

/**
 * A command that pipes a curl or wget download into a shell. Its arguments exclude quotes and separators, so a match
 * ends at the pipe of the same command.
 */
export const PIPED_DOWNLOAD_COMMAND = String.raw`[ \t]{0,20}(?:sudo[ \t]{1,20})?(?:curl|wget)[ \t][^"'\x60\n|;&]{0,1000}${PIPE_INTO_SHELL}`;

/** A program's command string, from its opening quote, that pipes a download into a shell. */
export const DOWNLOAD_PIPED_TO_SHELL = String.raw`["'\x60]${PIPED_DOWNLOAD_COMMAND}`;

/** Quoted program and flag arguments before a command string ("bash", "-c",), at most three. */
export const QUOTED_ARGUMENTS_BEFORE = String.raw`(?:["'][\w/.-]{1,30}["']\s{0,5},\s{0,5}){0,3}`;

/** A TLS client or server told to accept any certificate (or any host name). */
export const TLS_VERIFICATION_DISABLED_RULE = {
  title: 'Keep TLS certificate checks on',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'tls-verification',
  cwe: ['CWE-295'],
  owasp: 'A07:2021',
  message: 'Certificate checks are turned off, so anyone on the network path can impersonate the server and read or change the traffic; trust the right CA instead of skipping the check.',
} satisfies Partial<RuleSpec>;

/** A framework's CSRF token check switched off. */
export const CSRF_PROTECTION_DISABLED_RULE = {
  title: 'Keep CSRF protection on',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'insecure-cookies',
  cwe: ['CWE-352'],
  owasp: 'A01:2021',
  message: "Without the CSRF check, any website a logged-in user visits can submit forms to this app with the user's cookies; keep it on, or use token authentication for a pure API.",
} satisfies Partial<RuleSpec>;

/**
 * Values joined, formatted or interpolated into SQL text: in a query call, or (in Java, C#, PHP and JavaScript, whose
 * rules see the SQL keywords in the literal) into a query kept in a variable.
 */
export const SQL_BUILT_INTO_QUERY_RULE = {
  title: 'Pass SQL values as parameters, not in the query text',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'sql-injection',
  cwe: ['CWE-89'],
  owasp: 'A03:2021',
  message: 'This SQL is built by joining, formatting or interpolating values into the query text, so a quote in a value can change the query; keep placeholders in the SQL and pass the values as parameters (a column or sort order cannot be one: pick it from a fixed list).',
} satisfies Partial<RuleSpec>;

/** A name for an IN list's placeholders: placeholders, inPlaceholders, qmarks, bind_marks, ph. */
const PLACEHOLDERS_NAME = String.raw`(?:\w{0,30}[pP]laceholders?\w{0,20}|\w{0,20}[mM]arks|ph)`;
/** What an IN list's placeholders are joined from: ", ".join(["%s"] * n), ids.map(() => '?').join(','), strings.Join(ph, ","). */
const PLACEHOLDERS_JOINED = String.raw`(?:['"][^'"\n]{0,10}['"]\s{0,5}\.\s{0,5}join\s{0,5}\(\s{0,5}\[\s{0,5}['"](?:\?|%s)['"]\s{0,5}\]\s{0,5}\*|\bstrings\s{0,5}\.\s{0,5}Join\s{0,5}\(\s{0,5}${PLACEHOLDERS_NAME}\s{0,5},|\bString\s{0,5}\.\s{0,5}join\s{0,5}\(\s{0,5}"[^"\n]{0,10}"\s{0,5},\s{0,5}${PLACEHOLDERS_NAME}\s{0,5}\))`;
/**
 * A query whose only value is an IN list's placeholders: a literal with nothing else put into it, in each
 * language's spelling (`IN (${placeholders})`, `"... IN (" + placeholders + ")"`, `"... IN (%s)" % ", ".join(["%s"] * n)`).
 * The values still go as parameters.
 */
export const PLACEHOLDER_LIST_BUILT = [
  // Template, f-string, C# interpolation, Ruby interpolation, PHP variable: the one substitution is the list.
  String.raw`\x60[^\x60$\n]{0,500}\bIN\s{0,5}\(\s{0,5}\$\{\s{0,5}${PLACEHOLDERS_NAME}\s{0,5}\}\s{0,5}\)[^\x60$\n]{0,500}\x60`,
  String.raw`(?:[fF]|\$)"[^"{\n]{0,500}\bIN\s{0,5}\(\s{0,5}\{\s{0,5}${PLACEHOLDERS_NAME}\s{0,5}\}\s{0,5}\)[^"{\n]{0,500}"`,
  String.raw`[fF]'[^'{\n]{0,500}\bIN\s{0,5}\(\s{0,5}\{\s{0,5}${PLACEHOLDERS_NAME}\s{0,5}\}\s{0,5}\)[^'{\n]{0,500}'`,
  String.raw`"[^"#$\n]{0,500}\bIN\s{0,5}\(\s{0,5}(?:#\{\s{0,5}${PLACEHOLDERS_NAME}\s{0,5}\}|\{?\$${PLACEHOLDERS_NAME}\}?)\s{0,5}\)[^"#$\n]{0,500}"`,
  // Joined in: the literal ends at the list's "(" and the next one starts at its ")", and the query ends there.
  String.raw`["'][^"'\n]{0,500}\bIN\s{0,5}\(\s{0,5}["']\s{0,5}[+.]\s{0,5}(?:${PLACEHOLDERS_NAME}|${PLACEHOLDERS_JOINED}[^+\n]{0,60}?)\s{0,5}[+.]\s{0,5}["']\s{0,5}\)[^"'\n]{0,200}["']\s{0,5}(?:[,);]|$)`,
  // Formatted in with %: the only %s outside the list is the list.
  String.raw`["'][^"'%\n]{0,500}\bIN\s{0,5}\(\s{0,5}%s\s{0,5}\)[^"'%\n]{0,500}["']\s{0,5}%\s{0,5}${PLACEHOLDERS_JOINED}`,
].join('|');

/** An exception's message being built (`throw new IllegalArgumentException("Select a value from " + allowed)`): text, not SQL. */
export const EXCEPTION_MESSAGE = String.raw`\bthrow\s{1,5}new\s{1,5}[\w.]{0,80}(?:Exception|Error)\s{0,5}\(`;

/** SQL text built with string formatting away from any query call (Go, Python, Rust): where it runs is out of sight. */
export const SQL_TEXT_BUILT_RULE = {
  ...SQL_BUILT_INTO_QUERY_RULE,
  title: 'Do not build SQL text with string formatting',
  severity: 'warning',
  confidence: 'medium',
  // Built right inside a query call over several lines, the same text is the query rule's finding.
  fallback: true,
  message: 'This SQL text is built with string formatting or from a request value, so a quote in it changes the query when it runs; keep placeholders in the SQL and pass the values as parameters (a column or sort order cannot be one: pick it from a fixed list).',
} satisfies Partial<RuleSpec>;

/**
 * An upper-case SQL statement's opening in its shape (INSERT INTO, UPDATE t SET, DELETE FROM), so that a message
 * starting with the word ("DELETE request for ...", "UPDATE complete: ...") is no SQL. SELECT alone is SQL enough.
 */
// (A multi-line query lines its keywords up: `UPDATE accounts` over `       SET ...`, `DELETE` over `  FROM ...`.)
export const SQL_CAPS_STATEMENT = String.raw`(?:SELECT\s|INSERT\s{1,40}(?:(?:OR\s{1,5})?[A-Z]{2,10}\s{1,40})?INTO\s|UPDATE\s{1,40}(?:[\w.\x60\[\]{}#]{1,60}|%s|"[\w.]{1,60}")\s{1,40}SET\s|DELETE\s{1,40}FROM\s|REPLACE\s{1,40}INTO\s)`;

/**
 * A call's arguments up to a point, with calls of their own but not past the call's end: a password given to a
 * nested call (`auth=HTTPBasicAuth(password=...)`) is not this call's.
 */
export const ONE_CALL_ARGUMENTS = String.raw`[^()\n]{0,100}(?:\([^()\n]{0,60}\)[^()\n]{0,100}){0,3}`;

/** JWT misuse: what the rules on tokens read or made without a signature share. */
const JWT_SIGNATURE = {
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'jwt-misuse',
  cwe: ['CWE-347'],
  owasp: 'A02:2021',
} satisfies Partial<RuleSpec>;

/** A JWT made or accepted with the "none" algorithm. */
export const JWT_NONE_ALGORITHM_RULE = {
  ...JWT_SIGNATURE,
  title: 'Do not accept unsigned JWTs (the "none" algorithm)',
  message: 'A JWT with the "none" algorithm carries no signature, so anyone can forge tokens with any claims that this code accepts or issues; sign with HS256, RS256 or ES256 and accept only that algorithm.',
} satisfies Partial<RuleSpec>;

/** A JWT's claims read without checking its signature. */
export const JWT_SIGNATURE_UNCHECKED_RULE = {
  ...JWT_SIGNATURE,
  title: 'Verify JWT signatures',
  message: 'This reads a JWT without checking its signature, so anyone can write a token with the claims they like; verify it with the expected key and algorithm.',
} satisfies Partial<RuleSpec>;

/** A JWT's expiry (and not-before) check switched off: a leaked token keeps working. */
export const JWT_EXPIRY_UNCHECKED_RULE = {
  ...JWT_SIGNATURE,
  title: 'Keep JWT expiry checks on',
  severity: 'warning',
  cwe: ['CWE-613'],
  owasp: 'A07:2021',
  message: 'With the expiry check off an expired, stolen or revoked token stays valid forever; keep the exp (and nbf) checks on.',
} satisfies Partial<RuleSpec>;

/** A JWT library's validation switched off: signature, lifetime or both. */
export const JWT_VALIDATION_DISABLED_RULE = {
  ...JWT_SIGNATURE,
  title: 'Keep JWT signature and expiry checks on',
  cwe: ['CWE-347', 'CWE-613'],
  message: 'With this check off the service accepts tokens that are forged or long expired, so anyone can sign in as anyone; keep signature and expiry validation on.',
} satisfies Partial<RuleSpec>;

/** The request's Origin (or a parameter) copied into Access-Control-Allow-Origin. */
export const CORS_REFLECTED_ORIGIN_RULE = {
  title: 'Do not reflect the request origin into CORS headers',
  severity: 'error',
  confidence: 'high',
  matcher: 'request-input',
  keywords: ['access-control-allow-origin'],
  scope: 'code',
  lesson: 'permissive-cors',
  cwe: ['CWE-942'],
  owasp: 'A05:2021',
  message: "Copying the request's Origin (or a parameter) into Access-Control-Allow-Origin lets any website read this endpoint's responses (with the user's cookies where credentials are allowed); compare it with a list of origins you trust.",
} satisfies Partial<RuleSpec>;

/**
 * A secret's fallback written in the code (used whenever the setting is missing), or a password compared with a
 * literal. Unlike the hard-coded credential rules, a weak or placeholder-like value counts: it is the one that works.
 */
export const DEFAULT_CREDENTIAL_RULE = {
  title: 'Do not fall back to a password or secret in the code',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  secret: true,
  lesson: 'hardcoded-credentials',
  cwe: ['CWE-798', 'CWE-1392'],
  owasp: 'A07:2021',
  message: 'This password or secret is written in the code as the fallback or the expected value, so anyone who reads the code can use it; fail at startup when the setting is missing, and check passwords against a stored hash.',
  // A provider's key or a generic credential finding on the same value says more: that one is reported instead.
  fallback: true,
  // A flag compared with a word (showPassword === 'true', type == 'password') is no credential; nor a marker for
  // "read it from stdin" (-, stdin), a masked value (********), a placeholder the environment fills in (${DB_PASSWORD})
  // or a type checked with typeof (typeof password !== 'string').
  unlessMatch: [String.raw`^(?:true|false|yes|no|on|off|text|hidden|password|none|null|undefined|-|stdin|\*{3,100}|string|number|object|boolean|bigint|symbol|function)$`, String.raw`^\$\{`],
} satisfies Partial<RuleSpec>;

/** A name ending in password, then an equality test against what follows: `req.body.password === `, `password == `. */
export const PASSWORD_EQUALS = String.raw`\b\w{0,30}(?:[Pp]assword|[Pp]asswd|PASSWORD)\s{0,5}[!=]==?\s{0,5}`;

/**
 * A snake_case name for a MAC, signature, digest or secret token, as whole parts (not `macro` or `signal`; case
 * matters, so a signal's SIG_IGN is not a signature): computed_mac, expected_signature, api_key, provided_token. Only
 * a suffix that still names the value may follow (signature_hex, not digest_name or signature_count). A bare `mac` is
 * as often a network address (src_mac == dst_mac), so only a computed or received one counts.
 */
export const SNAKE_CASE_SECRET = String.raw`(?:\w{1,30}_)?(?:signature|sig|hmac|digest|api_key|secret|(?:computed|expected|received|provided|given|calculated|actual|stored)_(?:mac|token)|mac_tag|(?:api|auth|access|session|csrf|bearer|refresh|reset|verification)_token)(?:_(?:value|bytes|hex|b64|base64|str|string|header|param|raw|hash))?`;

/** Literals one of which every SNAKE_CASE_SECRET contains, for the keyword prefilter. */
export const SNAKE_CASE_SECRET_KEYWORDS = ['sig', 'mac', 'digest', 'api_key', 'secret', '_token'];

/**
 * A camelCase name for a signature, HMAC, API key, secret or secret token: expectedSignature, apiKey, csrfToken,
 * clientSecret, secretKey. A token only with a word that makes it a credential (a lexer's expectedToken is none).
 * Only a suffix that still names the value may follow (apiKeyHex, not apiKeyHeader or apiKeyParam: those are names).
 */
export const CAMEL_CASE_SECRET = String.raw`(?:[a-z][a-zA-Z0-9]{0,30}(?:Signature|Hmac|HMAC|ApiKey|APIKey|Secret|SecretKey|(?:Csrf|CSRF|Xsrf|XSRF|Api|API|Auth|Access|Session|Bearer|Refresh|Reset|Verification|Remember|Secret|Webhook)Token)|(?:csrf|xsrf|api|auth|access|session|bearer|refresh|reset|verification|remember|secret|webhook)Token|apiKey|apiSecret|secretKey|(?:stored|provided|received|submitted|supplied|incoming)Token|(?:computed|expected|received|provided|given|calculated|actual|stored)(?:Mac|MAC))(?:Value|Bytes|Hex|B64|Base64|Str|String|Raw|Hash)?`;

/** A PascalCase property or exported field for a secret: options.ApiKey, settings.WebhookSecret, cfg.APIKey. */
const PASCAL_CASE_SECRET = String.raw`(?:[A-Z][a-zA-Z0-9]{0,30})?(?:APIKey|ApiKey|Secret|SecretKey|Signature|Hmac|HMAC|(?:Csrf|CSRF|Xsrf|XSRF|Api|API|Auth|Access|Session|Bearer|Refresh|Reset|Verification|Webhook|Secret)Token)`;

/**
 * A SCREAMING_CASE constant or setting holding a secret: API_KEY, settings.API_TOKEN, WEBHOOK_SECRET, SECRET_KEY.
 * A token only with a word that makes it a credential (a tokenizer's EOS_TOKEN or PAD_TOKEN is none).
 */
export const SCREAMING_CASE_SECRET = String.raw`(?:[A-Z][A-Z0-9]{0,20}_){0,4}(?:SECRET(?:_KEY)?|API_?KEY|SIGNING_KEY|HMAC_KEY|(?:API|AUTH|ACCESS|BEARER|CSRF|XSRF|SESSION|REFRESH|RESET|VERIFY|VERIFICATION|WEBHOOK|ADMIN|SECRET|SERVICE|BOT|APP|CLIENT|SECURITY|SHARED|MASTER|INTERNAL|PERSONAL)_?TOKEN)\b`;

/** An environment variable name for a secret: API_KEY, GITHUB_TOKEN, WEBHOOK_SECRET; SECRET_ENV_NAME quoted. */
const SECRET_ENV_WORD = String.raw`[A-Z0-9_]{0,40}(?:TOKEN|SECRET|SECRET_KEY|API_?KEY|SIGNATURE|HMAC_KEY|SIGNING_KEY)`;
export const SECRET_ENV_NAME = String.raw`['"]${SECRET_ENV_WORD}['"]`;

/**
 * A quoted request parameter, header or cookie name for a secret: 'token', 'csrf_token', '_token', 'X-Api-Key', 'X-API-Key',
 * 'HTTP_X_HUB_SIGNATURE_256', 'sig', 'Authorization' (not 'token_type' or 'signature_count').
 */
export const SECRET_PARAMETER_NAME = String.raw`['"](?:[\w-]{0,30}(?:[Tt]oken|TOKEN|[Ss]ignature|SIGNATURE|[Hh]mac|HMAC|[Ss]ecret|SECRET|(?:[Aa]pi|API)[_-]?[Kk]ey|API[_-]?KEY)|(?:[\w-]{0,30}[_-])?(?:sig|Sig|SIG)|(?:HTTP_)?(?:[Aa]uthorization|AUTHORIZATION))(?:[_-]\d{1,3})?['"]`;

/** Literals (case-insensitive) one of which every secret name above contains, for the keyword prefilter. */
export const SECRET_NAME_KEYWORDS = ['sig', 'mac', 'digest', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'authorization'];

/** A comparison with nothing secret on one side: null, a boolean, an empty value (string.Empty, Signature.Empty). */
export const COMPARED_WITH_NOTHING = String.raw`(?:[!=]=|!==|===)\s{0,5}(?:null|NULL|nil|None|undefined|true|false|True|False|TRUE|FALSE)\b|^(?:null|NULL|nil|None|undefined|true|false|True|False|TRUE|FALSE)\s{0,5}[!=]=|[!=]=\s{0,5}\w{1,40}\s{0,5}\.\s{0,5}(?:Empty|EMPTY|None)\b`;

/** A type naming kinds of things: AuthType, GrantTypes, TokenKind, AuthMethod, SecurityScheme. */
const KIND_QUALIFIER = String.raw`[A-Z]\w{0,40}(?:Type|Kind|Method|Mode|Scheme|Style)s?`;

/**
 * A kind type's SCREAMING_CASE member, an enum value (AuthType.API_KEY, AuthMethod::API_TOKEN), is a kind, not a
 * secret; one followed by a call or member (OpenSSL::HMAC.hexdigest) is a module. A settings class's constant
 * (Config.API_KEY, Settings::API_TOKEN) is a secret.
 */
export const ENUM_VALUE = String.raw`\b${KIND_QUALIFIER}\s{0,5}(?:\.|::)\s{0,5}[A-Z][A-Z0-9_]{1,40}\s{0,5}(?:[^\w\s.(:]|:[^:]|:$|$)`;

/**
 * A member of a type listing kinds, names or defaults (GrantType.RefreshToken, OpenIdConnectGrantTypes.RefreshToken,
 * TokenKind.AccessToken, SecretType.ApiKey, OpenIdConnectParameterNames.AccessToken): a name, not a secret.
 */
export const KIND_MEMBER = String.raw`\b(?:${KIND_QUALIFIER}|[A-Z]\w{0,40}(?:Names?|Constants|Defaults))\s{0,5}\.\s{0,5}[A-Z]\w{0,60}`;

/** A kind, mode or name being compared (grant_type ==, request.GrantType ==, authMethod.equals(...)): no secret. */
export const KIND_COMPARED = String.raw`(?:[Tt]ype|[Kk]ind|[Mm]ethod|[Mm]ode|[Ss]cheme|[Ss]tyle|[Nn]ame)s?\s{0,5}(?:[!=]=|\.\s{0,5}[Ee]quals(?:IgnoreCase)?\s{0,5}\()`;

/**
 * A constant holding a known default, example or test value (DEFAULT_SECRET_KEY, EXAMPLE_API_KEY): a secret
 * compared with it is a startup check that the default was changed, not a check of what a client sent.
 */
export const KNOWN_VALUE_CONSTANT = String.raw`\b(?:DEFAULT|EXAMPLE|DUMMY|PLACEHOLDER|FAKE|TEST|SAMPLE|INSECURE)_[A-Z0-9_]{1,60}\b`;

/**
 * Names compared for equality that hold no secret: parser and pagination tokens, function signatures, digests
 * compared to see whether something changed. A timing rule's match containing one is no finding.
 */
export const NOT_SECRET_COMPARED = [
  String.raw`\b(?:first|last|next|prev|previous|old|new|cached|start|end|open|opening|close|closing|current|curr|left|right|base|parent|other|star|paren|comma|semi|colon|brace|bracket|operator|keyword|arrow|dot|page|continuation|jsx\w{0,20})_?[Tt]oken\b`,
  String.raw`(?:\b(?:[Cc]all|[Ii]ndex|[Tt]ype|[Mm]ethod|[Cc]onstruct|[Ff]unction|[Ff]unc|[Pp]aram|[Oo]verload|[Cc]ached|[Rr]ead)|[a-z0-9](?:Call|Index|Type|Method|Function|Param|Overload))_?[Ss]ignature\b`,
  // A member's signature: method.Signature == candidate.Signature, symbol.signature.
  String.raw`\b(?:[Cc]all|[Tt]ype|[Mm]ethod|[Cc]onstructor|[Ff]unc|[Ff]unction|[Pp]aram|[Oo]verload|[Mm]ember|[Cc]andidate|[Ss]ymbol|[Dd]elegate|[Pp]roperty|[Oo]verride|[Ii]nterface)\w{0,20}\s{0,5}\.\s{0,5}[Ss]ignature\b`,
  String.raw`\b(?:old|new|cached|prev|previous|current|file|image|content)_?[Dd]igest\b`,
];

/**
 * An object's equality method comparing its own fields (self.secret == other.secret), or change detection on a
 * configuration (c.APIKey != old.APIKey, oldOptions.ApiKey != newOptions.ApiKey): not a check of a request's value.
 */
const COMPARED_RECEIVER = String.raw`(?:other|old\w{0,30}|new\w{0,30}|prev\w{0,30}|orig\w{0,30}|existing|updated|current)\s{0,5}\??\.`;
export const FIELD_EQUALITY = String.raw`(?:[!=]=|\b[Ee]quals\s{0,5}\()\s{0,5}(?:self\s{0,5}\.\s{0,5})?${COMPARED_RECEIVER}|\b${COMPARED_RECEIVER}\s{0,5}\w{1,60}(?:\s{0,5}\(\s{0,5}\))?\s{0,5}(?:[!=]=|\.\s{0,5}[Ee]quals\s{0,5}\()`;
/** Java's and C#'s equals methods compare their own fields with the other object's (that.apiKey, obj.Password). */
export const OBJECT_EQUALITY = [String.raw`\b(?:that|other|obj)\s{0,5}\.\s{0,5}\w`, FIELD_EQUALITY];
/** A name for HTML the application made (rendered_body, content_html, bodyHtml, sanitizedBio): no user text as such. */
export const APP_MADE_HTML_NAME = String.raw`\w{0,60}(?:html|Html|HTML|[Rr]endered\w{0,30}|[Ss]anitized\w{0,30})`;

/**
 * A value compared with a secret: a name, a member chain, then up to two calls or indexes (token, cfg.api.key,
 * request.headers.get("X"), row["key"]), not a literal. Ruby adds @ and ?/!, Python and Go a string built from one.
 */
const MEMBER_CHAIN = String.raw`(?:\w{1,40}\s{0,5}\.\s{0,5}){0,4}\w{1,40}`;
const CALLS_OR_INDEXES = String.raw`(?:\s{0,5}\([^()\n]{0,80}\)|\s{0,5}\[[^\[\]\n]{1,60}\]){0,2}`;
const CODE_VALUE = String.raw`\b${MEMBER_CHAIN}${CALLS_OR_INDEXES}`;

// A value named for a secret: $api_key, $this->secretKey, $user->api_token, $_SESSION['csrf_token'], $config['api_key'].
const PHP_SECRET_NAME = String.raw`(?:${SNAKE_CASE_SECRET}|${CAMEL_CASE_SECRET})`;
export const PHP_SECRET_VALUE = String.raw`(?:\$(?:\w{1,40}\s{0,5}->\s{0,5}){0,2}|\$\w{1,40}\s{0,5}\[\s{0,5}['"]|\b[A-Z]\w{0,40}::\$?)${PHP_SECRET_NAME}\b`;
// A request parameter, header or cookie named for a secret: $_POST['csrf_token'], $request->header('X-Signature').
export const PHP_SECRET_INPUT = String.raw`(?:\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\s{0,5}\[\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\]|${PHP_FRAMEWORK_INPUT}${SECRET_PARAMETER_NAME}\s{0,5}(?:,[^()\n]{0,60})?\))`;
// The other side: a variable, property, array element, constant or call, not a literal.
export const PHP_COMPARED_VALUE = String.raw`(?:\$\w{1,40}(?:\s{0,5}->\s{0,5}\w{1,40}|\s{0,5}\[\s{0,5}(?:['"][\w-]{1,60}['"]|\$\w{1,40}|\d{1,5})\s{0,5}\]){0,4}|\b(?:\w{1,40}::)?[A-Z][A-Z0-9_]{1,40}\b|\b(?:hash_hmac|hash|md5|sha1|base64_encode|session_id|csrf_token|config|env|getenv)\s{0,5}\(|['"][\w=:. -]{0,30}['"]\s{0,5}\.\s{0,5}\$\w)`;


// Python: a secret read from the request (request.headers.get("X-Api-Key"), request.args["token"]) or kept in the
// environment or settings (os.environ["API_KEY"], settings.API_TOKEN, app.config["SECRET_KEY"]).
export const PY_SECRET_INPUT = String.raw`\brequest\s{0,5}\.\s{0,5}(?:args|form|values|headers|cookies|GET|POST|META|COOKIES|query_params|json|data|get_json\s{0,5}\(\s{0,5}\))(?:\s{0,5}\.\s{0,5}get\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}(?:,[^()\n]{0,60})?\)|\s{0,5}\[\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\])`;
export const PY_SECRET_SETTING = String.raw`(?:\bos\s{0,5}\.\s{0,5}(?:environ\s{0,5}\[\s{0,5}${SECRET_ENV_NAME}\s{0,5}\]|(?:environ\s{0,5}\.\s{0,5}get|getenv)\s{0,5}\(\s{0,5}${SECRET_ENV_NAME}\s{0,5}(?:,[^()\n]{0,60})?\))|\bconfig\s{0,5}\[\s{0,5}${SECRET_ENV_NAME}\s{0,5}\]|\b(?:\w{1,40}\.){0,3}${SCREAMING_CASE_SECRET})`;
/** The other side of a comparison: a name, attribute, call or subscript, or a string built from one, not a literal. */
export const PY_COMPARED_VALUE = String.raw`(?:${CODE_VALUE}|\bf["'][^"'{\n]{0,30}\{|["'][^"'\n]{0,30}["']\s{0,5}\+\s{0,5}\w)`;

// Ruby: a secret read from the request (params[:token], request.headers["X-Api-Key"]) or kept in the environment
// or settings (ENV["API_TOKEN"], ENV.fetch("WEBHOOK_SECRET"), API_KEY).
export const RB_SECRET_INPUT = String.raw`(?:\bparams\s{0,5}\[\s{0,5}(?::\w{0,30}(?:token|signature|sig|hmac|secret|api_key)|${SECRET_PARAMETER_NAME})\s{0,5}\]|\brequest\s{0,5}\.\s{0,5}(?:headers|env|cookies)\s{0,5}\[\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\]|\brequest\s{0,5}\.\s{0,5}get_header\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\))`;
export const RB_SECRET_SETTING = String.raw`(?:\bENV\s{0,5}(?:\[\s{0,5}${SECRET_ENV_NAME}\s{0,5}\]|\.\s{0,5}fetch\s{0,5}\(\s{0,5}${SECRET_ENV_NAME}\s{0,5}(?:,[^()\n]{0,60})?\))|(?:\b\w{1,40}\.){0,3}${SCREAMING_CASE_SECRET})`;
/** The other side of a comparison: a name, attribute, call or subscript, not a literal. */
export const RB_COMPARED_VALUE = String.raw`(?:@{1,2}|\b)${MEMBER_CHAIN}[?!]?${CALLS_OR_INDEXES}`;

// JavaScript: a secret read from the request (req.headers['x-api-key'], req.get('X-Signature'),
// req.headers.authorization) or kept in the environment (process.env.API_KEY, a bare API_KEY constant).
export const JS_SECRET_INPUT = String.raw`(?:\b(?:req|request|ctx(?:\.request)?)\s{0,5}\.\s{0,5}(?:query|body|params|headers|cookies|signedCookies)\s{0,5}(?:\[\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\]|\.\s{0,5}authorization\b)|\b(?:req|ctx|c\s{0,5}\.\s{0,5}req)\s{0,5}\.\s{0,5}(?:get|header)\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\)|\b(?:req|request)\s{0,5}\.\s{0,5}headers\s{0,5}\.\s{0,5}get\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\))`;
export const JS_SECRET_SETTING = String.raw`(?:\bprocess\s{0,5}\.\s{0,5}env\s{0,5}(?:\.\s{0,5}${SECRET_ENV_WORD}\b|\[\s{0,5}${SECRET_ENV_NAME}\s{0,5}\])|\b(?:[\w$]{1,40}\.){0,3}${SCREAMING_CASE_SECRET})`;
/** A string built from a value: `Bearer ${token}`, 'Bearer ' + token. */
export const JS_BUILT_STRING = String.raw`(?:\x60[^\x60$\n]{0,30}\$\{|['"][^'"\n]{0,30}['"]\s{0,5}\+\s{0,5}[\w$])`;

// Go: a secret read from the request (r.Header.Get("X-Api-Key"), c.GetHeader("X-Signature")) or the environment
// (os.Getenv("API_KEY")); a name for a secret, camelCase or an exported field (cfg.APIKey, s.WebhookSecret).
export const GO_SECRET_INPUT = String.raw`(?:${GO_REQUEST_RECEIVER}\.(?:Header\.Get|URL\.Query\(\)\.Get|FormValue|PostFormValue)|${GO_CONTEXT_READ})\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\)|\bos\.Getenv\s{0,5}\(\s{0,5}${SECRET_ENV_NAME}\s{0,5}\)`;
export const GO_SECRET_NAME = String.raw`\b(?:\w{1,40}\.){0,3}(?:${CAMEL_CASE_SECRET}|signature|secret|hmac|${PASCAL_CASE_SECRET})\b`;
/** The other side of a comparison: a name, field, call or index, or a string built from one, not a literal. */
export const GO_COMPARED_VALUE = String.raw`(?:${CODE_VALUE}|"[^"\n]{0,30}"\s{0,5}\+\s{0,5}\w)`;

// Java: a secret named in camelCase (expectedSignature, apiKey, getApiKey()), read from the request
// (request.getHeader("X-Api-Key")) or the environment (System.getenv("API_KEY")), and what it is compared with.
export const JAVA_SECRET_VALUE = String.raw`(?:\b(?:\w{1,40}\.){0,3}(?:${CAMEL_CASE_SECRET}|signature|secret|hmac)\b(?:\s{0,5}\(\s{0,5}\))?|\bSystem\.getenv\s{0,5}\(\s{0,5}${SECRET_ENV_NAME}\s{0,5}\)|\b${JAVA_REQUEST_RECEIVER}\s{0,5}\.\s{0,5}(?:getHeader|getParameter)\s{0,5}\(\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\))`;
export const JAVA_COMPARED_VALUE = CODE_VALUE;

// C#: a secret named in camelCase, _camelCase or PascalCase (_apiKey, options.ApiKey), read from the request
// (Request.Headers["X-Api-Key"]), the configuration (_configuration["ApiKey"]) or the environment.
export const CS_SECRET_VALUE = String.raw`(?:\b(?:\w{1,40}\.){0,3}_?(?:${CAMEL_CASE_SECRET}|${PASCAL_CASE_SECRET}|signature|secret|hmac)\b|\bEnvironment\.GetEnvironmentVariable\s{0,5}\(\s{0,5}${SECRET_ENV_NAME}\s{0,5}\)|\b(?:\w{1,40}\.){0,2}_?[Cc]onfig(?:uration)?\s{0,5}\[\s{0,5}"[\w:.]{0,60}(?:ApiKey|APIKey|Secret|SecretKey|Token|Signature)"\s{0,5}\]|${CSHARP_REQUEST_RECEIVER}${CSHARP_REQUEST_SOURCE}\s{0,5}\[\s{0,5}${SECRET_PARAMETER_NAME}\s{0,5}\])`;
export const CS_COMPARED_VALUE = CODE_VALUE;

// An HMAC computed in place, up to its end when it comes first (the value it is compared with follows) or up to its
// call when it comes second: hmac.new(key, body, sha256).hexdigest(), crypto.createHmac(...).digest('hex'),
// OpenSSL::HMAC.hexdigest(...), hash_hmac(...).
export const PY_COMPUTED_MAC = String.raw`\bhmac\s{0,5}\.\s{0,5}(?:new\s{0,5}\([^\n]{0,200}?\)\s{0,5}\.\s{0,5}(?:hex)?digest\s{0,5}\(\s{0,5}\)|digest\s{0,5}\([^\n]{0,200}?\))`;
export const PY_COMPUTED_MAC_CALL = String.raw`\bhmac\s{0,5}\.\s{0,5}(?:new|digest)\s{0,5}\(`;
export const JS_COMPUTED_MAC = String.raw`\bcreateHmac\s{0,5}\([^\n]{0,200}?\.\s{0,5}digest\s{0,5}\(\s{0,5}(?:['"]\w{1,10}['"])?\s{0,5}\)`;
export const JS_COMPUTED_MAC_CALL = String.raw`(?:\bcrypto\s{0,5}\.\s{0,5})?\bcreateHmac\s{0,5}\(`;
export const RB_COMPUTED_MAC = String.raw`\bOpenSSL\s{0,5}::\s{0,5}HMAC\s{0,5}\.\s{0,5}(?:hex|base64)?digest\s{0,5}\([^\n]{0,200}?\)`;
export const RB_COMPUTED_MAC_CALL = String.raw`\bOpenSSL\s{0,5}::\s{0,5}HMAC\s{0,5}\.\s{0,5}(?:hex|base64)?digest\s{0,5}\(`;
export const PHP_COMPUTED_MAC = String.raw`\bhash_hmac\s{0,5}\([^\n]{0,200}?\)`;
export const PHP_COMPUTED_MAC_CALL = String.raw`\bhash_hmac\s{0,5}\(`;

// Python: a password from the request against a stored one (user.password, row["password"]); a confirmation check
// compares two request values and is none.
export const PY_PASSWORD_INPUT = String.raw`\brequest\s{0,5}\.\s{0,5}(?:form|args|values|json|POST|GET|data)(?:\s{0,5}\.\s{0,5}get\s{0,5}\(\s{0,5}['"]${PASSWORD_FIELD}['"][^()\n]{0,40}\)|\s{0,5}\[\s{0,5}['"]${PASSWORD_FIELD}['"]\s{0,5}\])`;
export const PY_STORED_PASSWORD = String.raw`(?:\b(?:\w{1,40}\s{0,5}\.\s{0,5}){1,3}${PASSWORD_FIELD}\b|\b\w{1,40}\s{0,5}\[\s{0,5}['"]${PASSWORD_FIELD}['"]\s{0,5}\])`;
/** A secret (token, MAC, password) compared with an operator or function that stops at the first difference. */
export const TIMING_UNSAFE_COMPARE_RULE = {
  title: 'Compare secrets in constant time',
  severity: 'info',
  confidence: 'medium',
  scope: 'code',
  lesson: 'timing-attacks',
  cwe: ['CWE-208'],
  owasp: 'A02:2021',
} satisfies Partial<RuleSpec>;

/**
 * A submitted password compared with the stored one (user.Password == model.Password): the password is stored as
 * plain text, which a constant-time comparison would not fix.
 */
export const PLAINTEXT_PASSWORD_COMPARE_RULE = {
  title: 'Store password hashes, not passwords',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'weak-hashing',
  cwe: ['CWE-256'],
  owasp: 'A02:2021',
  message: 'Comparing the submitted password with the stored one means passwords are stored as plain text, so a leaked table gives them all away; store a hash from a password hasher (bcrypt, Argon2, PBKDF2) and verify the password with it.',
} satisfies Partial<RuleSpec>;

/** Every origin allowed together with credentials (cookies): any website can act as the signed-in user. */
export const CREDENTIALED_ANY_ORIGIN_RULE = {
  title: 'Do not let every origin make credentialed requests',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'permissive-cors',
  cwe: ['CWE-942'],
  owasp: 'A05:2021',
  message: "Allowing every origin with credentials lets any website call this API with the user's cookies and read the answers; list the origins you trust.",
} satisfies Partial<RuleSpec>;

/** A whole request body saved into a model (mass assignment). */
export const MASS_ASSIGNMENT_RULE = {
  title: 'Do not save whole request bodies into models',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'mass-assignment',
  cwe: ['CWE-915'],
  owasp: 'A01:2021',
  message: 'Every key of the request becomes a field of the record, so a caller can add role, isAdmin or ownerId and the database stores it; copy only the fields a user may set.',
} satisfies Partial<RuleSpec>;

/** An archive entry's own name joined to the destination folder with no check that the result stays inside. */
export const ZIP_SLIP_RULE = {
  title: "Keep archive entries inside the destination folder",
  severity: 'warning',
  confidence: 'medium',
  matcher: 'unchecked-archive-entry',
  scope: 'code',
  lesson: 'path-traversal',
  cwe: ['CWE-22'],
  owasp: 'A01:2021',
  message: 'An entry named ../../etc/cron.d/job or with an absolute path is written outside the folder (Zip Slip); resolve the joined path and check it still starts with the destination before writing.',
} satisfies Partial<RuleSpec>;

/** Attribute names that LDAP search filters test, for rules that look for a filter being built: (uid=...). */
export const LDAP_ATTRIBUTE = String.raw`(?:uid|cn|sn|mail|ou|dc|objectClass|objectCategory|sAMAccountName|userPrincipalName|memberOf|member|uniqueMember|givenName|displayName|employeeID|userid|user|name|login)`;

/** A regular expression compiled from request data (ReDoS, or a pattern that matches more than intended). */
export const REGEX_FROM_REQUEST_RULE = {
  title: 'Do not build regular expressions from request input',
  severity: 'warning',
  confidence: 'high',
  matcher: 'request-input',
  scope: 'code',
  lesson: 'regex-injection',
  cwe: ['CWE-1333', 'CWE-185'],
  owasp: 'A03:2021',
  message: 'A pattern from the request can be crafted to backtrack for minutes and tie up the server, or to match far more than intended; escape the value (re.escape, Regexp.escape, Pattern.quote, Regex.Escape) or match it as plain text.',
} satisfies Partial<RuleSpec>;

/** A password hash or key derivation with a work factor far under today's guidance (PBKDF2 iterations, bcrypt cost). */
export const LOW_WORK_FACTOR_RULE = {
  ...CHEAP_PASSWORD_HASH,
  title: 'Use a slow enough password hashing setting',
  message: 'Fewer than 10,000 PBKDF2 iterations or a bcrypt cost under 10 make offline password guessing cheap; OWASP recommends 600,000 iterations for PBKDF2-HMAC-SHA256 and a bcrypt cost of at least 10.',
} satisfies Partial<RuleSpec>;

/** A TLS context that allows or asks for SSL 3.0, TLS 1.0 or TLS 1.1. */
export const WEAK_TLS_PROTOCOL_RULE = {
  title: 'Use TLS 1.2 or newer',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'insecure-transport',
  cwe: ['CWE-327', 'CWE-757'],
  owasp: 'A02:2021',
  message: 'SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks and are disabled by modern peers; require TLS 1.2 or newer.',
} satisfies Partial<RuleSpec>;

/** A cookie sent without Secure or readable by scripts (HttpOnly off). */
export const INSECURE_COOKIE_RULE = {
  title: 'Keep Secure and HttpOnly on cookies',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'insecure-cookies',
  cwe: ['CWE-614', 'CWE-1004'],
  owasp: 'A05:2021',
  message: 'Without Secure a cookie travels over plain HTTP, and without HttpOnly any injected script can read it.',
} satisfies Partial<RuleSpec>;

/** An IV or nonce written in the code or left all zeros, so that every message is encrypted with the same one. */
export const STATIC_IV_RULE = {
  title: 'Generate a fresh IV or nonce for each encryption',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'weak-cryptography',
  cwe: ['CWE-329', 'CWE-323'],
  owasp: 'A02:2021',
  message: 'An IV or nonce written in the code or left all zeros is the same for every message, which leaks patterns in CBC and breaks CTR and GCM outright (key stream reuse, forged tags); generate a fresh random one for each encryption.',
} satisfies Partial<RuleSpec>;

/** A block cipher mode without integrity (CBC, CTR, CFB, OFB): each language's rule names its authenticated mode. */
export const UNAUTHENTICATED_CIPHER_MODE_RULE = {
  title: 'Prefer an authenticated cipher mode',
  severity: 'info',
  confidence: 'medium',
  scope: 'code',
  lesson: 'weak-cryptography',
  cwe: ['CWE-327', 'CWE-353'],
  owasp: 'A02:2021',
} satisfies Partial<RuleSpec>;

/** A file or folder made writable by every local user: a world-writable mode, or a cleared umask. */
export const WORLD_WRITABLE_FILE_RULE = {
  title: 'Do not make files world-writable',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'file-permissions',
  cwe: ['CWE-732'],
  owasp: 'A01:2021',
  message: 'This mode lets every local user write the file or folder, so another account or a compromised service can change what your program reads or runs; grant write access to the owner only.',
} satisfies Partial<RuleSpec>;

/**
 * HMAC keys that specifications fix and publish, so they are no secret: Telegram's Mini Apps `WebAppData`, BIP32's
 * and SLIP-10's master-key labels.
 */
export const PUBLIC_HMAC_LABEL = String.raw`^(?:WebAppData|Bitcoin seed|ed25519 seed|Nist256p1 seed|Symmetric key seed)$`;

/**
 * One argument of a call, up to its comma: plain text with at most one bracketed part, so that a nested call, an
 * array or a hash fits (json_encode($payload), ['sub' => $id], { user_id: id }).
 */
export const ONE_ARGUMENT = String.raw`[^,()\[\]{}\n]{0,100}(?:(?:\([^()\n]{0,200}\)|\[[^\[\]\n]{0,300}\]|\{[^{}\n]{0,300}\})[^,()\[\]{}\n]{0,100})?`;

/** An encryption or signing key written in the code: a cipher's key, an HMAC or JWT signing secret. */
export const HARDCODED_KEY_RULE = {
  title: 'Do not hard-code encryption or signing keys',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  secret: true,
  lesson: 'hardcoded-credentials',
  cwe: ['CWE-321', 'CWE-798'],
  owasp: 'A02:2021',
  // A provider's token used as the key (createHmac('sha256', 'whsec_...')) is reported by its own rule instead.
  fallback: true,
  unlessMatch: [PUBLIC_HMAC_LABEL],
  message: 'A key written in the code is known to everyone who can read the source or the binary, who can then decrypt the data or forge signed tokens; load it from a key store, a secret manager or the environment.',
} satisfies Partial<RuleSpec>;

/** A command line built at run time and handed to a shell to parse: sh -c, bash -c, cmd /c, powershell -Command. */
export const SHELL_COMMAND_STRING_RULE = {
  title: 'Do not pass built command strings to a shell',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'command-injection',
  cwe: ['CWE-78'],
  owasp: 'A03:2021',
  message: 'A shell parses the command string it is given (after -c or /c, or on its input), so any input joined into that string can add commands of its own; run the program directly with an argument list.',
} satisfies Partial<RuleSpec>;

/** A shell started as the program, whatever it is then given: worth a look, not an alarm. */
export const SHELL_AS_PROGRAM_RULE = {
  ...SHELL_COMMAND_STRING_RULE,
  title: 'Avoid running commands through a shell',
  severity: 'warning',
  confidence: 'medium',
  message: 'This starts a command shell, which interprets the command text it is given (after -c or /c, or on its input), so any input that reaches that text can add commands; run the program directly with an argument list.',
} satisfies Partial<RuleSpec>;

/** A shell's program name as process APIs are given it (unquoted): sh, /bin/bash, cmd.exe, powershell, pwsh. */
export const SHELL_PROGRAM = String.raw`(?:/bin/|/usr/bin/)?(?:sh|bash|zsh|ash|dash|ksh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh(?:\.exe)?)`;

/** The flag after which a shell reads its command string (unquoted): -c, /c, -Command. */
export const SHELL_COMMAND_FLAG = String.raw`(?:-c|/[cC]|-Command)`;

/**
 * Programs some of whose options run commands or write files (unquoted): git --upload-pack, ssh -oProxyCommand,
 * curl -o, tar --checkpoint-action, find -exec.
 */
export const ARGUMENT_OPTION_PROGRAM = String.raw`(?:/usr/bin/|/bin/)?(?:git|hg|svn|ssh|scp|sftp|rsync|curl|wget|tar|zip|find|sendmail|xargs|env)`;

/** A request value passed as an argument to one of those programs, where a leading - makes it an option. */
export const ARGUMENT_INJECTION_RULE = {
  title: 'Do not pass request data as program options',
  severity: 'warning',
  confidence: 'medium',
  matcher: 'request-input',
  scope: 'code',
  lesson: 'command-injection',
  cwe: ['CWE-88'],
  owasp: 'A03:2021',
  message: 'A request value is passed to the program as an argument, and one starting with - is read as an option (git clone --upload-pack=... runs a command); check it against an allow-list or put "--" before it.',
  // "--" ends the options: whatever follows is an operand.
  unlessMatch: [String.raw`["'\x60]--["'\x60]`],
} satisfies Partial<RuleSpec>;

/** A file at a fixed or guessable path in the shared temp folder. Languages name their own temp-file API in the message. */
export const FIXED_TEMP_PATH_RULE = {
  title: 'Do not use fixed file names in the temp folder',
  severity: 'info',
  confidence: 'medium',
  scope: 'code',
  lesson: 'insecure-temp-files',
  cwe: ['CWE-377'],
  owasp: 'A01:2021',
  message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; create temp files with a unique, private name.',
} satisfies Partial<RuleSpec>;

/**
 * A cipher or MAC given a variable that the lines above set to a literal: const key = '...'; createCipheriv(alg, key, iv).
 * The finding is the call, which holds no value, so nothing needs masking.
 */
export const HARDCODED_KEY_VARIABLE_RULE = {
  ...HARDCODED_KEY_RULE,
  secret: false,
  matcher: 'key-variable-holds-literal',
  // The matcher checks the literal itself, placeholders and published labels (WebAppData) included.
  unlessMatch: [],
  message: 'The key given here is a literal assigned a few lines above, known to everyone who can read the source, who can then decrypt the data or forge signed tokens; load it from a key store, a secret manager or the environment.',
} satisfies Partial<RuleSpec>;

/** A value joined or formatted into an LDAP search filter: "(uid=" + name + ")". */
export const LDAP_FILTER_BUILT_RULE = {
  title: 'Escape values placed in LDAP filters',
  severity: 'error',
  confidence: 'high',
  // Every match names one of LDAP_ATTRIBUTE's attributes followed by =.
  keywords: ['uid=', 'userid=', 'user=', 'login=', 'cn=', 'sn=', 'ou=', 'dc=', 'mail=', 'name=', 'member', 'objectclass=', 'objectcategory=', 'employeeid='],
  scope: 'string',
  lesson: 'ldap-injection',
  cwe: ['CWE-90'],
  owasp: 'A03:2021',
  message: 'A value joined into an LDAP filter can add its own ) and (|(uid=*) and match every entry, bypassing a login check; escape it with an LDAP filter encoder (or use a filter builder) before it goes in.',
} satisfies Partial<RuleSpec>;

/** A JWT signing key's name (not a public or header key): jwtKey, JWT_SIGNING_KEY, jwtSecretKey, appJwtHmacKey. */
export const JWT_KEY_NAME = String.raw`\w{0,30}(?:[Jj]wt|JWT)_?(?:(?:Signing|Secret|Hmac|HMAC|SIGNING|SECRET)_?)?(?:Key|KEY)\b`;
/** A JWT secret's name: jwtSecret, JWT_SECRET. */
export const JWT_SECRET_NAME = String.raw`\w{0,30}(?:[Jj]wt|JWT)_?(?:Secret|SECRET)\b`;

/**
 * A cookie name that says the cookie authenticates, as the name's last part (optionally followed by id, me or
 * cookie): session, sessionId, JSESSIONID, PHPSESSID, connect.sid, auth_token, AuthToken, jwt, remember-me. A
 * lowercase word starts the name or follows a separator, so `author`, `lastAssessment`, `tokenExpiry` and
 * `loginHint` are not session cookies. Callers follow it with the name's end (`"` or `=`).
 */
export const AUTH_COOKIE_NAME = String.raw`(?:(?:[\w.-]{0,30}[_.-])?(?:session|sess|sid|token|auth|jwt|remember)|[\w.-]{0,30}(?:Session|Sess|Sid|Token|Auth|Jwt|JWT|Remember|SESSION|SESS|SID|TOKEN|AUTH|REMEMBER))(?:[_.-]?(?:id|Id|ID|me|Me|ME|cookie|Cookie|COOKIE))?`;
/** A constant or variable holding a session or token cookie's name: AUTH_TOKEN_COOKIE, SessionCookieName, Cookies.Auth. */
export const AUTH_COOKIE_VARIABLE = String.raw`(?:[\w.]{0,40}(?:SESSION|Session|TOKEN|Token|AUTH|Auth|JWT|Jwt)|session|token|auth|jwt)(?:[A-Z_.][\w.]{0,40})?`;
// An empty or null value, in any of the languages: '', "", null, None, nil, string.Empty.
const EMPTY_VALUE = String.raw`(?:""|''|null\b|None\b|nil\b|string\s{0,5}\.\s{0,5}Empty\b)`;
/**
 * A cookie written only to delete it (logout): an empty or null value (passed, assigned or as `name=;`), a maximum
 * age of zero or less, an expiry in the past (the epoch: new Date(0), time.Unix(0, 0), 01 Jan 1970).
 */
export const DELETED_COOKIE = [
  String.raw`,\s{0,60}(?:value\s{0,5}=\s{0,5})?${EMPTY_VALUE}\s{0,60}[,)]`,
  String.raw`\b[Vv]alue\s{0,5}(?:=>|[:=])\s{0,5}${EMPTY_VALUE}|\]\s{0,5}=\s{0,5}${EMPTY_VALUE}|['"\x60][\w.-]{1,60}=;`,
  String.raw`\b(?:MaxAge\s{0,5}:\s{0,5}-1|maxAge\s{0,5}:\s{0,5}0|setMaxAge\s{0,5}\(\s{0,5}0\s{0,5}\)|(?:max_age|expires)\s{0,5}=\s{0,5}0|[Mm]ax-[Aa]ge=0)\b`,
  String.raw`\bAdd(?:Days|Hours|Minutes|Seconds|Months|Years)\s{0,5}\(\s{0,5}-|\btime\s{0,5}\.\s{0,5}Unix\s{0,5}\(\s{0,5}0\s{0,5},|\bnew\s{1,5}Date\s{0,5}\(\s{0,5}0\s{0,5}\)|\bJan\s{1,5}1970\b`,
].join('|');
/** A deleted cookie, or a CSRF token cookie, which double-submit protection needs scripts to read (no HttpOnly). */
export const NOT_A_SESSION_COOKIE = [DELETED_COOKIE, String.raw`[CcXx]srf|[CX]SRF`];
/**
 * A cookie that scripts must read, so HttpOnly stays off on purpose: the double-submit CSRF token (XSRF-TOKEN, which
 * Angular and axios read) and preferences that hold no secret (theme, locale, consent).
 */
export const SCRIPT_READABLE_COOKIE = String.raw`(?:['"](?:XSRF-TOKEN|X-XSRF-TOKEN|csrftoken|csrf_token|_csrf|theme|locale|lang|language|color[-_]?scheme|dark[-_]?mode|cookie[-_]?consent|consent)['"]|\b(?:xsrf|csrf|theme|locale|lang|consent)\w{0,20}(?:Cookie)?\s{0,5}\.\s{0,5}setHttpOnly)`;
/** A session or token cookie sent with neither Secure nor HttpOnly (both default to off). */
export const SESSION_COOKIE_WITHOUT_FLAGS_RULE = {
  ...INSECURE_COOKIE_RULE,
  title: 'Set Secure and HttpOnly on session cookies',
  confidence: 'medium',
  reach: 'block',
  message: 'This session or token cookie is sent without Secure and HttpOnly, so it travels over plain HTTP and any injected script can read it and take over the session; set both (and SameSite).',
} satisfies Partial<RuleSpec>;

/**
 * A variable or field named for a secret value, the secret word ending the name (an id, key, string or bytes suffix
 * aside): token, resetToken, session_id, apiKey, API_KEY, otp, csrfToken, salt, inviteCode. A lowercase word starts
 * the name or follows `_`, so `footprint` holds no otp; `maxTokens`, `session_count` and `token_bucket` name no secret.
 */
export const SECRET_VALUE_NAME = String.raw`(?:(?:\b|_)(?:token|secret|passw(?:or)?d|salt|nonce|otp|api_?key|apikey|session_?(?:id|Id|ID|key|Key)|csrf(?:_?token)?|reset_?code|verification_?code|pin_?code|invite_?code|activation_?code|TOKEN|SECRET|PASSW(?:OR)?D|SALT|NONCE|OTP|API_?KEY|SESSION_?(?:ID|KEY)|CSRF(?:_?TOKEN)?|RESET_?CODE)|(?:Token|Secret|Passw(?:or)?d|Salt|Nonce|Otp|OTP|Api_?Key|APIKey|Session(?:ID|Id|Key)|Csrf(?:Token)?|CSRF|ResetCode|VerificationCode|PinCode|InviteCode|ActivationCode))(?:_?(?:id|ID|Id|key|Key|KEY|str|Str|string|String|hex|Hex|HEX|code|Code|bytes|Bytes|value|Value))?\b`;
/** A secret word that only qualifies another name: cacheKeyForToken, countPerToken, userBySessionId. */
export const SECRET_NAME_QUALIFIER = String.raw`[a-z](?:For|By|Of|Per|From|With)(?:Token|Secret|Passw(?:or)?d|Salt|Nonce|Otp|Session|Csrf|ApiKey)`;

/**
 * An http:// host that never leaves the machine or the deployment, or is not real: localhost, loopback, link-local
 * (169.254., where cloud metadata answers over HTTP only), a single-label service name (http://minio:9000, compose
 * and Kubernetes services), .local/.internal/.test names and the documentation domains. Tested on a match that
 * ends with the host.
 */
export const LOCAL_HTTP_HOST = String.raw`http://(?:localhost|127\.\d|0\.0\.0\.0|169\.254\.|\[::1\]|[\w-]{1,63}(?:[:/"'\x60]|$)|[\w.-]{0,60}\.(?:local|localhost|test|internal|invalid)\b|(?:[\w-]{1,30}\.)?example\.(?:com|org|net)\b)`;
/** A request sent to a plain http:// URL written in the code. */
export const FETCH_PLAIN_HTTP_RULE = {
  title: 'Fetch remote URLs over HTTPS',
  severity: 'warning',
  confidence: 'medium',
  // Local hosts, and a URL whose host is filled in (${host}, {}).
  unlessMatch: [LOCAL_HTTP_HOST, String.raw`http://\$?\{`],
  keywords: ['http://'],
  scope: 'code',
  lesson: 'insecure-transport',
  cwe: ['CWE-319'],
  owasp: 'A02:2021',
  message: 'This request goes over plain HTTP, so anyone on the network path can read or change what is sent and received.',
} satisfies Partial<RuleSpec>;

/**
 * Where a handler catches a domain exception (not Exception, Throwable or a database one), up to the handler's body:
 * `catch (NotFoundException ex) {`, `@ExceptionHandler(IllegalArgumentException.class) ... (`. Exception-text rules
 * start with it optionally, so a match that begins here is a deliberate message (EXCEPTION_TEXT_RESPONSE_RULE).
 */
const DOMAIN_EXCEPTION = String.raw`(?:[\w.]{0,60}\.)?\w{0,40}(?:NotFound|Validation|IllegalArgument|IllegalState|Argument|BadRequest|Conflict|Domain|Business|Unauthorized|Forbidden|Duplicate|Invalid|Format|Constraint|ResponseStatus|Entity|Resource|Permission|Quota|RateLimit|Rule|Input|Client|User|Application|Api|Service)\w{0,30}(?:Exception|Error)`;
export const DOMAIN_EXCEPTION_HANDLER = String.raw`(?:(?:\bcatch\s{0,5}\(\s{0,5}(?:final\s{1,5})?|@ExceptionHandler\s{0,5}\(\s{0,5}(?:value\s{0,5}=\s{0,5})?\{?\s{0,5})(?:${DOMAIN_EXCEPTION}(?:\.class)?\s{0,5}[|,]\s{0,5}){0,3}${DOMAIN_EXCEPTION}\b[\s\S]{0,300}?)?`;
/** Exception text sent in a response (a match may start at DOMAIN_EXCEPTION_HANDLER, and report only the call). */
export const EXCEPTION_TEXT_RESPONSE_RULE = {
  title: 'Do not send stack traces or exception text to clients',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  reach: 'block',
  lesson: 'debug-mode',
  cwe: ['CWE-209'],
  owasp: 'A05:2021',
  // A domain exception's message is written for the client (NotFound(ex.Message)); its stack trace is not.
  unlessMatch: [String.raw`^(?:catch|@ExceptionHandler)[\s\S]{0,1000}(?:\bMessage|\bget(?:Localized)?Message\s{0,5}\()$`],
  message: 'Exception details sent to the client reveal class names, paths, queries and versions that help an attacker; log them and return a generic error.',
} satisfies Partial<RuleSpec>;

/** A header a client can set that proxies use for the client's address (match it with ignoreCase: X-FORWARDED-FOR). */
export const IP_HEADER_NAME = String.raw`(?:X-Forwarded-For|X-Real-IP|Client-IP|X-Client-IP|True-Client-IP|CF-Connecting-IP|X-Cluster-Client-IP)`;
