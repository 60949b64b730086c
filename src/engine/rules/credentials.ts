// What the hard-coded-credential rules of several languages share: the names a credential goes by, the values
// that such a name is often given but that are not credentials, and the rule's fixed fields.
import type { RuleSpec } from '../types';

/** The fields every language's hard-coded-credential rule has alike. */
export const HARDCODED_CREDENTIAL_RULE = {
  title: 'Do not hardcode passwords and keys',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  secret: true,
  // A long random value is better named by a provider or entropy rule (secret.*), which then reports it.
  fallback: true,
  lesson: 'hardcoded-credentials',
  cwe: ['CWE-798'],
  owasp: 'A07:2021',
} satisfies Partial<RuleSpec>;

/** Words a variable holding a credential is named with, as regex fragments. */
const CREDENTIAL_WORDS = ['password', 'passwd', 'pwd', 'secret', 'api_?key', 'apikey', 'secret_?key', 'access_?key', 'private_?key', 'client_?secret', 'auth_?token', 'access_?token'];

/** Files a credential-named variable often points to instead of holding the secret. */
const CREDENTIAL_FILE_EXTENSIONS = ['html', 'txt', 'json', 'ya?ml', 'toml', 'pem', 'key', 'crt', 'cfg', 'ini', 'conf'];

/** A credential name in lower or upper case, plus a language's own spellings (camelCase fields, say). */
export function credentialName(extraSpellings: readonly string[] = []): string {
  return String.raw`(?:` + [...CREDENTIAL_WORDS, ...CREDENTIAL_WORDS.map((word) => word.toUpperCase()), ...extraSpellings].join('|') + ')';
}

/** Credential words as the capitalised part of a camelCase or PascalCase name (`dbPassword`, `AdminApiKey`). */
const CAPITALISED_CREDENTIAL_WORDS = ['Password', 'Passwd', 'Secret', 'ApiKey', 'SecretKey', 'AccessKey', 'PrivateKey', 'ClientSecret', 'AuthToken', 'AccessToken'];

/**
 * A whole variable, field or key name that ends in a credential word, in any naming style: `password`,
 * `db_password`, `DB_PASSWORD`, `dbPassword`, `AdminApiKey`. A name that only starts with one (`passwordLabel`)
 * does not match.
 */
export const CREDENTIAL_IDENTIFIER =
  String.raw`\b(?:(?:[A-Za-z][A-Za-z0-9]{0,30})?(?:` + CAPITALISED_CREDENTIAL_WORDS.join('|') + String.raw`)|(?:\w{0,30}_)?` + credentialName(['apiKey', 'secretKey', 'accessKey', 'privateKey', 'clientSecret', 'authToken', 'accessToken']) + String.raw`)\b`;

/** "Password" in the languages a form is most often translated into: a locale file's label for the field. */
export const TRANSLATED_PASSWORD_LABEL = String.raw`^(?:[Pp]asswort|[Kk]ennwort|[Cc]ontraseña|[Mm]ot de passe|[Ss]enha|[Ww]achtwoord|[Hh]asło|[Ll]ösenord|[Ss]alasana|[Aa]dgangskode|[Pp]arola|[Şş]ifre|Пароль|пароль|密码|密碼|パスワード|비밀번호)$`;
/** A value that is the field's own name (`"password"` in a list of form fields), not a credential. */
const FIELD_NAME_VALUE = String.raw`^(?:password|secret|Password|Secret)$`;

/** A printf-style conversion (`%s`) standing where the value will go. */
export const PRINTF_CONVERSION = String.raw`^%\w{1,3}$`;

/** The keywords every credential name contains one of. */
export const CREDENTIAL_KEYWORDS = ['passw', 'pwd', 'secret', 'apikey', 'api_key', 'access_key', 'accesskey', 'private_key', 'privatekey', 'auth_token', 'authtoken', 'access_token', 'accesstoken'];

/**
 * Values tested on the `secret` group that cancel a finding: masks, stand-ins, references, file names and other
 * names.
 */
export function notCredentialValues(extraFileExtensions: readonly string[] = []): string[] {
  return [
    String.raw`^[*x.#-]{3,}$`,
    String.raw`^<[^<>\n]*>$`,
    REFERENCE_NOT_VALUE,
    // A template's field, filled in when the file is rendered: {{ secret_key }}.
    String.raw`\{\{[^{}\n]{0,100}\}\}`,
    String.raw`[Yy]our[_-]?|YOUR[_-]?|[Ee]xample|EXAMPLE|[Pp]laceholder|[Cc]hange[-_ ]?[Mm]e|CHANGE[-_ ]?ME|[Rr]edacted|REDACTED|[Ff]ake|FAKE|[Dd]ummy|DUMMY|xxxx|XXXX`,
    String.raw`^(?:[Nn]one|[Nn]ull|NULL|[Tt]rue|[Ff]alse|required|optional|hidden|text|string|token)$`,
    String.raw`^[\w./-]+\.(?:` + [...CREDENTIAL_FILE_EXTENSIONS, ...extraFileExtensions].join('|') + ')$',
    String.raw`^(?:/|~/|\./|\.\./)`,
    String.raw`^[A-Z][A-Z0-9_]{2,}$`,
    MESSAGE_CODE,
    VALIDATION_RULE_LIST,
  ];
}

/**
 * Values that name where a credential is, not the credential: a variable's or Symfony's environment placeholder
 * (${DB_PASSWORD}, %env(DATABASE_PASSWORD)%), a member access (config.db.password1, Jobs[-1].JobId), an AWS ARN.
 * Every credential rule judges values by them, so a value one rule passes over no other reports.
 */
export const REFERENCE_NOT_VALUE =
  String.raw`^(?:\$\{?\w+\}?|%env\([\w:.-]{1,100}\)%)$|^[A-Za-z_$][\w$]{0,60}(?:\[-?\d{1,4}\])?(?:\.[A-Za-z_$][\w$]{0,60}(?:\[-?\d{1,4}\])?){1,8}$|^arn:aws(?:-[a-z]{2,10}){0,2}:`;

/**
 * A hex digest kept under a name that ends in hash or digest (API_KEY_HASH = "…", detect-secrets' "hashed_secret",
 * `password_hash: …` in YAML): a one-way fingerprint of a key, not the key. (HASH_SECRET, an HMAC key, is still reported.)
 */
export const HEX_DIGEST_UNDER_DIGEST_NAME = String.raw`(?:[Hh]ash|HASH|[Dd]igest|DIGEST|\bhashed_secret)["']?[ \t]{0,5}(?:=>|:{1,3}=|=|:)[ \t]{0,5}(?:["'][0-9a-fA-F]{32,128}["']|[0-9a-fA-F]{32,128}(?:[ \t]|\r?$))`;

/** An error or message code in snake case ('invalid_password'), not a credential. */
export const MESSAGE_CODE = String.raw`^[a-z]+_[a-z_]+$`;

/** A form's validation rules (Laravel's 'required|confirmed|min:8'), which a password field is given, not a password. */
export const VALIDATION_RULE_LIST = String.raw`^[a-z_]{2,30}(?::[\w,.-]{1,30})?(?:\|[a-z_]{2,30}(?::[\w,.-]{1,30})?){1,20}$`;

/** A user:password pair (Basic credentials) that only stands in for one: user:password, admin:<password>, user:****. */
export const BASIC_CREDENTIAL_STAND_IN = String.raw`^[^:\s]{1,60}:(?:[Pp]assword|PASSWORD|[Pp]ass|[Ss]ecret|\*{1,60}|x{1,60}|<[^<>]{0,60}>|\{[^{}]{0,60}\})$`;

/** A GraphQL type's name, which Relay ids encode before the id the Basic way (Product:sku-42). */
export const GRAPHQL_TYPE_NAME = String.raw`[A-Z][a-z]{1,30}(?:[A-Z][a-z]{1,30}){0,3}`;
/**
 * A user:value pair that is a GraphQL (Relay) id or cursor, not Basic credentials: a value of digits only, a UUID or an
 * ISO date, or a capitalised type name before it (Product:sku-42).
 */
export const BASIC_ENCODED_ID = [
  String.raw`^[^:\s]{1,60}:\d{1,200}$`,
  String.raw`^[^:\s]{1,60}:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`,
  String.raw`^[^:\s]{1,60}:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]{0,30})?(?:Z|[+-]\d{2}:?\d{2})?$`,
  `^${GRAPHQL_TYPE_NAME}:`,
];

/** What a credential-name rule skips: the values above, and the field's own name. */
export const NOT_A_CREDENTIAL = [...notCredentialValues(), FIELD_NAME_VALUE, TRANSLATED_PASSWORD_LABEL];

/** Images' and services' well-known default passwords (the postgres container's `postgres`) and stand-in words. */
export const WELL_KNOWN_DEFAULT_PASSWORD = String.raw`^(?:pwd|secret|changeme|changeit|postgres|mysql|mongo(?:db)?|root|admin|guest|redis|rabbitmq|user(?:name)?|test|example|token|dbpass|sa|\d{1,5})$`;
/** Values in URLs and connection strings that stand in for a password rather than being one: defaults and markers. */
export const PASSWORD_STAND_INS = [
  WELL_KNOWN_DEFAULT_PASSWORD,
  String.raw`password|passwd|your|replace|placeholder|redacted|enter[-_]|insert[-_]|<|>|^\*{1,1000}$|^x{1,1000}$|^\.{1,1000}$|%s|%\(`,
];

/** Passwords printed in vendors' documentation (the nuget.config reference's two), copied from there as-is. */
export const DOCUMENTED_SAMPLE_PASSWORD = String.raw`^(?:hal\+9ooo_da!sY|33f!!lloppa)$`;

// Provider prefixes: such values are judged (format, length, example keys) by the provider's own rule.
export const PROVIDER_PREFIX = String.raw`^(?:pk\.eyJ|dapi|gh[pousr]_|github_pat_|gl[a-z]{1,6}-|xox[a-z]-|xapp-|sk-|sk_|rk_|pk_|AKIA|ASIA|AIza|pplx-|pcsk_|pnu_|rdme_|hf_|api_org_|npm_|pypi-|dckr_|shp[a-z]{2}_|SG\.|ntn_|lin_api_|dop_v1_|hvs\.|glc_|glsa_|fo1_|fm[12]|sq0|sntry|eyJ[A-Za-z0-9_-]{10,1000}\.eyJ|AKCp|cmVmd|figd_|vc[a-z]_|tskey-|ops_|CLOJARS_|key-|xkeysib-|sha256~|pul-|dp\.|castai_v1_|4b1d|re_|IR@|ZXlK|MII|MHcCAQEE|xai-|whsec_|EAA[A-Za-z]|NR(?:AK|II|JS)-|lin_oauth_)`;
