// Configuration files (.env, .ini, .properties, .toml, YAML, XML, JSON, .netrc) and plain text: a credential committed
// with the settings, and framework settings that expose a deployed site (web.config, Spring Boot, Struts).
import type { RuleSpec } from '../types';
import { JS } from '../languages';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, DOCUMENTED_SAMPLE_PASSWORD, HARDCODED_CREDENTIAL_RULE, HEX_DIGEST_UNDER_DIGEST_NAME, NOT_A_CREDENTIAL, PROVIDER_PREFIX, WELL_KNOWN_DEFAULT_PASSWORD } from './credentials';
import { INSECURE_COOKIE_RULE } from './shared-families';

const CONFIG_FILES = ['dotenv', 'ini', 'properties', 'toml', 'yaml', 'xml', 'json', 'jsonc', 'plaintext'];

/**
 * A credential's key in a configuration file: the names code uses, plus the shorter ones settings use, `_pass` at
 * the end of a longer name (DB_PASS, Ansible's ansible_become_pass) and a passphrase (GPG_PASSPHRASE).
 */
const CONFIG_CREDENTIAL_NAME = String.raw`(?:` + CREDENTIAL_IDENTIFIER + String.raw`|\b\w{1,30}_(?:pass|PASS)\b|\b(?:\w{0,30}_)?(?:passphrase|Passphrase|PASSPHRASE)\b)`;

// An XML element's other attributes, up to the one named next (attributes may be spread over several lines), and the
// start of an attribute's quoted value.
const XML_ATTRIBUTES = String.raw`\b[^<>]{0,400}?\b`;
const IS = String.raw`[ \t]{0,5}=[ \t]{0,5}["']`;
// A setting in ASP.NET's web.config. A transform (xdt:Transform) that sets it for debug builds is meant to.
const WEB_CONFIG_SETTING = { scope: 'code', languages: ['xml'], owasp: 'A05:2021', reach: 'block', unlessMatch: [String.raw`\bxdt:`] } satisfies Partial<RuleSpec>;

// A Spring Boot setting in application.properties or application.yml, as a whole dotted key at a line's start (so a
// commented-out line is not one), or as the last key of a nested YAML block.
const SPRING_KEY_START = String.raw`^[ \t]{0,60}(?:-[ \t]{1,10})?`;
const SPRING_SETTING = { scope: 'code', languages: ['properties', 'yaml'], lesson: 'debug-mode', owasp: 'A05:2021' } satisfies Partial<RuleSpec>;
// A value, quoted or not, then the end of the line or a YAML comment.
const VALUE_END = String.raw`["']?[ \t]{0,20}(?:#[^\n]{0,200})?\r?$`;

export const CONFIG_FILE_RULES: RuleSpec[] = [
  {
    id: 'config.public-prefix-secret',
    title: 'Keep secrets out of public environment variables',
    languages: [...JS, 'dotenv'],
    severity: 'warning',
    confidence: 'high',
    // Bundlers build variables with these prefixes into the browser's JavaScript (Next.js, Vite, Create React App,
    // Expo, Nuxt, Gatsby, SvelteKit). A publishable or anon key is meant to be public; a secret, a service-role key,
    // a private key or a password is not.
    patterns: [String.raw`\b(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_[A-Z0-9_]{0,60}(?:SERVICE_ROLE|SECRET|PRIVATE_KEY|PASSWORD|PASSWD)[A-Z0-9_]{0,40}\b`],
    keywords: ['next_public_', 'vite_', 'react_app_', 'expo_public_', 'nuxt_public_', 'gatsby_', 'public_'],
    scope: 'code',
    lesson: 'leaked-secrets',
    cwe: ['CWE-522'],
    owasp: 'A05:2021',
    message: 'A variable with a public prefix (NEXT_PUBLIC_, VITE_, REACT_APP_...) is built into the JavaScript every visitor downloads, so a secret kept in one is published; keep it in a server-only variable and use it from server code.',
    examples: {
      bad: [
        'const supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!);',
        'const openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_SECRET_KEY });',
        'REACT_APP_ADMIN_PASSWORD=changeit',
      ],
      good: [
        'const supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);',
        'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);',
        'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_placeholder',
        '// never put the service role key in NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY',
      ],
    },
  },
  {
    id: 'config.aspnet-debug-compilation',
    ...WEB_CONFIG_SETTING,
    title: 'Compile ASP.NET sites without debug',
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`<compilation${XML_ATTRIBUTES}debug${IS}(?:true|True|TRUE)["']`],
    keywords: ['compilation'],
    lesson: 'debug-mode',
    cwe: ['CWE-11', 'CWE-489'],
    message: 'This web.config compiles the site in debug mode, which ships debug symbols, turns off optimizations and request timeouts, and can show more detail in errors; set debug to false for any deployed site (a Release transform can remove it).',
    examples: {
      bad: ['<compilation debug="true" targetFramework="4.8" />', '<system.web>\n  <compilation\n    targetFramework="4.7.2"\n    debug="true">\n  </compilation>\n</system.web>'],
      good: ['<compilation debug="false" targetFramework="4.8" />', '<compilation targetFramework="4.8" />', '<!-- <compilation debug="true" /> -->', '<compilation xdt:Transform="SetAttributes" debug="true" />'],
    },
  },
  {
    id: 'config.aspnet-detailed-errors',
    ...WEB_CONFIG_SETTING,
    title: 'Show remote users a generic ASP.NET error page',
    severity: 'warning',
    confidence: 'high',
    // customErrors Off (ASP.NET), errorMode Detailed (IIS): every visitor gets the full error page.
    patterns: [String.raw`<customErrors${XML_ATTRIBUTES}mode${IS}(?:Off|off|OFF)["']`, String.raw`<httpErrors${XML_ATTRIBUTES}errorMode${IS}Detailed["']`],
    keywords: ['customerrors', 'httperrors'],
    lesson: 'debug-mode',
    cwe: ['CWE-12', 'CWE-209'],
    message: 'This web.config shows every visitor the detailed error page, with its stack trace, source lines and versions that help an attacker; use RemoteOnly (or DetailedLocalOnly) and a custom error page.',
    examples: {
      bad: ['<customErrors mode="Off" />', '<httpErrors errorMode="Detailed" existingResponse="PassThrough" />'],
      good: ['<customErrors mode="RemoteOnly" defaultRedirect="~/Error" />', '<httpErrors errorMode="DetailedLocalOnly" />', '<customErrors mode="On" />'],
    },
  },
  {
    id: 'config.aspnet-insecure-cookies',
    ...INSECURE_COOKIE_RULE,
    ...WEB_CONFIG_SETTING,
    title: 'Keep requireSSL and httpOnlyCookies on in web.config',
    patterns: [String.raw`<httpCookies${XML_ATTRIBUTES}(?:requireSSL|httpOnlyCookies)${IS}(?:false|False|FALSE)["']`],
    keywords: ['httpcookies'],
    message: 'This web.config turns off Secure or HttpOnly for every cookie the site sets, session and authentication cookies included, so they travel over plain HTTP or can be read by any injected script.',
    examples: {
      bad: ['<httpCookies requireSSL="false" httpOnlyCookies="false" />', '<httpCookies httpOnlyCookies="true"\n             requireSSL="false" />'],
      good: ['<httpCookies requireSSL="true" httpOnlyCookies="true" />', '<httpCookies sameSite="Lax" />'],
    },
  },
  {
    id: 'config.struts-dev-mode',
    scope: 'code',
    languages: ['xml', 'properties'],
    title: 'Turn off Struts devMode',
    severity: 'error',
    confidence: 'high',
    // struts.xml's constant, or struts.properties.
    patterns: [
      String.raw`<constant\b[^<>]{0,200}?\bname${IS}struts\.devMode["'][^<>]{0,200}?\bvalue${IS}true["']`,
      String.raw`^[ \t]{0,60}struts\.devMode[ \t]{0,5}[=:][ \t]{0,5}true${VALUE_END}`,
    ],
    keywords: ['struts.devmode'],
    reach: 'block',
    lesson: 'debug-mode',
    cwe: ['CWE-489', 'CWE-94'],
    owasp: 'A05:2021',
    message: 'Struts devMode turns on its debugging interceptor, which evaluates OGNL expressions sent in a request parameter, so anyone who reaches the site can run code on the server; set it to false outside a developer machine.',
    examples: {
      bad: ['<constant name="struts.devMode" value="true" />', 'struts.devMode=true'],
      good: ['<constant name="struts.devMode" value="false" />', 'struts.devMode = false', '<!-- <constant name="struts.devMode" value="true" /> -->'],
    },
  },
  {
    id: 'config.spring-actuator-exposed',
    ...SPRING_SETTING,
    languages: ['properties', 'yaml', 'dotenv'],
    title: 'Expose only the health and info actuator endpoints',
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`${SPRING_KEY_START}management\.endpoints\.web\.exposure\.include[ \t]{0,5}[=:][ \t]{0,5}\[?["']?\*${VALUE_END}`,
      String.raw`^[ \t]{0,60}exposure:[ \t]{0,20}\r?\n[ \t]{1,60}(?<report>include:[ \t]{0,5}\[?["']?\*${VALUE_END})`,
      // The same setting from the environment (a .env file, Compose's environment: list).
      String.raw`${SPRING_KEY_START}(?:export[ \t]{1,10})?MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE[ \t]{0,5}[=:][ \t]{0,5}["']?\*${VALUE_END}`,
    ],
    keywords: ['exposure'],
    reach: 'block',
    cwe: ['CWE-215', 'CWE-200'],
    message: 'Every Spring Boot actuator endpoint is reachable over HTTP: env and configprops show settings and credentials, heapdump the memory of the process with its secrets; expose only health and info, and put the rest behind authentication.',
    examples: {
      bad: [
        'management.endpoints.web.exposure.include=*',
        'management:\n  endpoints:\n    web:\n      exposure:\n        include: "*"',
        'MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=*',
      ],
      good: [
        'management.endpoints.web.exposure.include=health,info',
        'management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info',
        '# management.endpoints.web.exposure.include=*',
        'management.endpoints.web.exposure.exclude=*',
      ],
    },
  },
  {
    id: 'config.spring-error-stacktrace',
    ...SPRING_SETTING,
    title: 'Keep stack traces out of Spring Boot error responses',
    severity: 'warning',
    confidence: 'high',
    // always, or on_param (on_trace_param before Boot 2.3): then any client gets it by adding ?trace=true.
    patterns: [String.raw`${SPRING_KEY_START}(?:server\.error\.)?include[-_]stacktrace[ \t]{0,5}[=:][ \t]{0,5}["']?(?:always|ALWAYS|on[-_]param|ON_PARAM|on[-_]trace[-_]param|ON_TRACE_PARAM)${VALUE_END}`],
    keywords: ['stacktrace'],
    cwe: ['CWE-209'],
    message: 'Spring Boot puts the stack trace in its error responses, always or whenever a client asks for it, revealing classes, libraries and versions that help an attacker; leave it at never and log the trace instead.',
    examples: {
      bad: ['server.error.include-stacktrace=always', 'server:\n  error:\n    include-stacktrace: on_param'],
      good: ['server.error.include-stacktrace=never', 'server:\n  error:\n    include-stacktrace: never'],
    },
  },
  {
    id: 'config.spring-h2-console-remote',
    ...SPRING_SETTING,
    title: 'Keep the H2 console local',
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`${SPRING_KEY_START}(?:spring\.h2\.console\.settings\.)?web-allow-others[ \t]{0,5}[=:][ \t]{0,5}["']?true${VALUE_END}`],
    keywords: ['web-allow-others'],
    cwe: ['CWE-749', 'CWE-489'],
    message: 'The H2 database console accepts connections from other hosts, and anyone who reaches it can run SQL and, through a crafted JDBC URL, code on the server; keep it off outside development, and local only.',
    examples: {
      bad: ['spring.h2.console.settings.web-allow-others=true', 'spring:\n  h2:\n    console:\n      enabled: true\n      settings:\n        web-allow-others: true'],
      good: ['spring.h2.console.settings.web-allow-others=false', 'spring.h2.console.enabled=true'],
    },
  },
  {
    id: 'config.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: CONFIG_FILES,
    // A key named for a credential given a literal: quoted, or as the whole rest of a `key=value` line (a dotted
    // properties key such as spring.datasource.password counts; prose with spaces in the value does not, nor a
    // `name: Type` declaration in a source file of a language without its own id), or of a `key: value` line of
    // YAML, .properties or .ini, printable ASCII that starts with none of YAML's indicators (`*alias`, `&anchor`,
    // `!tag`, `|` and `>` blocks, `{{ template }}`, `${reference}`), before an optional ` # comment`; in XML, the
    // text of an element named for a credential (Maven's <password>) or the value of a key/value pair named for one
    // (.NET's <add key="SmtpPassword" value="…"/>, Spring's <property name="password" value="…"/>).
    patterns: [
      CONFIG_CREDENTIAL_NAME + String.raw`["']?[ \t]{0,40}[=:][ \t]{0,5}"(?<secret>[^"$\s]{6,200})"`,
      CONFIG_CREDENTIAL_NAME + String.raw`["']?[ \t]{0,40}[=:][ \t]{0,5}'(?<secret>[^'$\s]{6,200})'`,
      String.raw`^[ \t]{0,100}(?:export[ \t]{1,60}|-[ \t]{1,60})?(?:[\w-]{1,60}\.){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`[ \t]{0,60}=[ \t]{0,60}(?<secret>[^\s"'#;$]{6,200})[ \t]{0,60}\r?$`,
      String.raw`^[ \t]{0,100}(?:-[ \t]{1,60})?(?:[\w-]{1,60}\.){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`[ \t]{0,60}:[ \t]{1,60}(?<secret>[\w+/=.~^()@-][!-~]{4,198}[^\s,;])[ \t]{0,60}(?:[ \t]#[^\n]{0,1000})?\r?$`,
      String.raw`<(?:[\w-]{1,40}:)?` + CONFIG_CREDENTIAL_NAME + String.raw`>(?<secret>[^<>\s{}$]{6,200})</`,
      String.raw`\b(?:key|name)[ \t]{0,5}=[ \t]{0,5}"(?:[\w-]{1,60}[.:]){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`"[ \t]{1,40}value[ \t]{0,5}=[ \t]{0,5}"(?<secret>[^"{}$\s]{6,200})"`,
    ],
    unless: [HEX_DIGEST_UNDER_DIGEST_NAME],
    // Not a stand-in ([value], {Name}, a run of the alphabet or of digits, a service's default such as `postgres`),
    // a reference (var.db_password) or a value in a provider's format, which that provider's rule judges (and may
    // know to be a documented example).
    unlessMatch: [
      ...NOT_A_CREDENTIAL,
      WELL_KNOWN_DEFAULT_PASSWORD,
      DOCUMENTED_SAMPLE_PASSWORD,
      PROVIDER_PREFIX,
      String.raw`^[\[{(].*[\]})]$`,
      String.raw`01234567|12345678|23456789`,
      // A dotted name, or a Python entry point (package.module:function).
      String.raw`^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?::[A-Za-z_]\w*)?$`,
      // Values that are not the secret in the clear: jasypt's ENC(...) and SOPS's ENC[AES256_GCM,...], configparser's %(name)s, a Windows
      // environment variable (%NUGET_PASSWORD%), a capitalised word (a translation of "password" in a locale file),
      // a kebab-case name (a Kubernetes secret's key or name), a lowercase word that says it is a password
      // (mypassword, in documentation's samples).
      String.raw`^ENC[(\[]|^%\(\w{1,200}\)s$|^%[\w.-]{1,200}%$|^[A-Z][a-z]{1,200}$|^[a-z][a-z0-9]{0,200}(?:-[a-z0-9]{1,200}){1,5}$|^[a-z][a-z0-9]{0,200}(?:-[a-z0-9]{1,40}){1,25}$|^[a-z]{0,20}password[a-z]{0,20}$`,
    ],
    matcher: 'chosen-password',
    keywords: [...CREDENTIAL_KEYWORDS, '_pass', 'passphrase'],
    message: 'A password or key is written into this file, so if the file is committed everyone with the repository (and its history) has it; keep such files out of version control and commit a template without the values, or load them from a secret store.',
    examples: {
      bad: [
        'DB_PASSWORD=hunter2!',
        'export SMTP_PASSWORD=mailpass1',
        'spring.datasource.password=rootpasswd',
        'password       = "rootpasswd"',
        "administrator_login_password = 'thisIsDog11'",
        'spring:\n  datasource:\n    username: app\n    password: k8Rz2pLq9vW',
        '<server><id>nexus-releases</id><username>deployer</username><password>Vn4q!Lz81xRt</password></server>',
        '<add key="SmtpPassword" value="Qm7vX2pLr9wz" />',
      ],
      good: [
        'db_password: ENC[AES256_GCM,data:Tr3vW9xq0PzLk2mNa8bQ,iv:8f2kLq0s9Xv1,tag:Zp4m2Kq8,type:str]',
        'DB_PASSWORD=${DB_PASSWORD}',
        '# DB_PASSWORD=hunter2',
        'spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}',
        'ACCESS_KEY: aBcDeG456',
        'password = "<your password>"',
        'PASSWORD_MIN_LENGTH=12',
        'db_password_file = /run/secrets/db_password',
        'API_SECRET=',
        'private_key: PRIVATE_KEY_TYPES,',
        'administrator_login_password = var.sql_admin_password',
        'SUMO_ACCESS_KEY={SumoAccessKey}',
        'LANGCHAIN_API_KEY=ls__0123456789abcdef0123456789abcdef',
        'spring:\n  datasource:\n    password: ${DB_PASSWORD}',
        '<server><id>nexus-releases</id><username>deployer</username><password>${env.NEXUS_PASSWORD}</password></server>',
        '<add key="SmtpPassword" value="%SMTP_PASSWORD%" />',
        '"hashed_secret": "513e0a36963ae1e8431c041b744679ee578b7c44",',
      ],
    },
  },
  {
    id: 'config.netrc-password',
    ...HARDCODED_CREDENTIAL_RULE,
    title: 'Keep .netrc logins out of the repository',
    languages: ['netrc'],
    // The password token of a machine entry, on its line or the next (curl, git, ftp and Heroku's CLI read them).
    patterns: [String.raw`\bpassword[ \t\r\n]{1,100}(?<secret>[^\s]{4,200})`],
    // Not a stand-in, nor the e-mail address an anonymous FTP login gives as its password.
    unlessMatch: [...NOT_A_CREDENTIAL, String.raw`^[\w.+-]+@[\w.-]+$`],
    matcher: 'chosen-password',
    keywords: ['password'],
    message: 'A .netrc file holds the logins of the hosts it names, so a committed one hands them to everyone who can read the repository; keep it in your home folder, readable by you alone, or use a credential helper.',
    examples: {
      bad: ['machine api.example.com login deploy password s3cr3t-Pa55', 'machine git.example.com\n  login ci\n  password 9fK2mQ7xLp'],
      good: ['machine api.example.com login deploy', 'default login anonymous password guest@example.com', 'machine api.example.com login deploy password <token>'],
    },
  },
];
