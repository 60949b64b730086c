// Java and the JVM languages (Kotlin, Groovy, Scala).
import type { RuleSpec } from '../types';
import { JAVA } from '../languages';
import { JAVA_REQUEST_RECEIVER, JAVA_REQUEST_SOURCE } from '../request-input';
import { BASIC_CREDENTIAL_STAND_IN, BASIC_ENCODED_ID, CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { AUTH_COOKIE_NAME, AUTH_COOKIE_VARIABLE, CORS_REFLECTED_ORIGIN_RULE, CREDENTIALED_ANY_ORIGIN_RULE, CSRF_PROTECTION_DISABLED_RULE, DOMAIN_EXCEPTION_HANDLER, DOWNLOAD_PIPED_TO_SHELL, EXCEPTION_MESSAGE, EXCEPTION_TEXT_RESPONSE_RULE, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, INSECURE_COOKIE_RULE, JAVA_COMPARED_VALUE, JAVA_SECRET_VALUE, JWT_SIGNATURE_UNCHECKED_RULE, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, MASS_ASSIGNMENT_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, OBJECT_EQUALITY, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_FAST_HASH_RULE, PASSWORD_PARAMETER, PASSWORD_WORD, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, QUOTED_ARGUMENTS_BEFORE, REGEX_FROM_REQUEST_RULE, SECRET_NAME_KEYWORDS, SECRET_NAME_QUALIFIER, SECRET_VALUE_NAME, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SHELL_AS_PROGRAM_RULE, SQL_BUILT_INTO_QUERY_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, UNAUTHENTICATED_CIPHER_MODE_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, XPATH_BUILT_RULE, ZIP_SLIP_RULE } from './shared-families';

/** The JCA's names for broken or too weak ciphers, and the password-based schemes built on them. */
const WEAK_JCA_CIPHER = String.raw`(?:DES|DESede|TripleDES|3DES|RC2|RC4|ARCFOUR|Blowfish|PBEWith(?:MD5|SHA1)And(?:DES|TripleDES|RC2_\d{2,3}|RC4_\d{2,3}))`;

/** An HTML escape from OWASP's encoder, Spring, Commons Text or ESAPI. */
const HTML_ESCAPE = String.raw`\b(?:escapeHtml\w{0,5}|encodeForHTML\w{0,10}|htmlEscape|Encode\s{0,5}\.\s{0,5}forHtml\w{0,10}|HtmlUtils)\b`;
// A keyword in the three spellings code uses: select, SELECT, Select.
const kw = (word: string) => `(?:${word}|${word.toUpperCase()}|${word[0].toUpperCase()}${word.slice(1)})`;
const ws = String.raw`\s{1,5}`;
// What follows `+` when a value is joined into a string: a variable, field, call or parenthesis, not an ALL_CAPS constant.
const JOINED = String.raw`(?:[a-z_$(]|[A-Z][a-z]|[A-Z][A-Z0-9_]{0,60}[a-z(.\[])`;
// The start of a literal that is clearly SQL: SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM.
const SQL_HEAD = String.raw`\s{0,10}(?:${kw('select')}\s[^"\n]{0,200}\s${kw('from')}\b|${kw('insert')}${ws}${kw('into')}\s|${kw('update')}${ws}[\w.\x60\[\]]{1,60}${ws}${kw('set')}\s|${kw('delete')}${ws}${kw('from')}\s|${kw('replace')}${ws}${kw('into')}\s|${kw('merge')}${ws}${kw('into')}\s)`;
// A literal that ends inside a SQL condition, right where a value goes: `... WHERE name = '`.
const SQL_CONDITION = String.raw`[^"\n]{0,250}\b(?:${kw('where')}|${kw('and')}|${kw('or')}|${kw('set')}|${kw('having')})\s{1,5}[\w.\x60\[\]]{1,60}\s{0,5}(?:=|<>|!=|<=|>=|<|>|${kw('like')}|${kw('in')})\s{0,5}\(?\s{0,5}'?`;
// A value straight from a servlet request.
const REQUEST_INPUT = JAVA_REQUEST_SOURCE;
// Setting the CORS allow-origin header, up to its value.
const SET_ALLOW_ORIGIN = String.raw`\b(?:setHeader|addHeader)\s{0,5}\(\s{0,5}"Access-Control-Allow-Origin"\s{0,5},`;
// A print call on a writer, up to its arguments.
const WRITER_PRINT = String.raw`\s{0,5}\.\s{0,5}(?:print|println|write|append|printf|format)\s{0,5}\(`;
// A constructor or factory that names a file by its path.
const FILE_OPEN = String.raw`(?:new\s{1,5}(?:File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|FileSystemResource|PathResource)|Paths\s{0,5}\.\s{0,5}get|Path\s{0,5}\.\s{0,5}of)`;
// Names that say a value must be unguessable.
const SECRET_NAME = String.raw`(?:token|secret|passw|pwd|salt|nonce|otp|apikey|api_key|sessionid|session_id|csrf|captcha|resetcode|reset_code)`;
// After an XML factory or reader is made, optionally (within a few lines) the first call that parses with it or
// hardens it: a parse is where the finding is reported, and a hardening call first cancels it (unlessMatch).
const XML_HARDENING = String.raw`\b(?:setFeature|setAttribute|setExpandEntityReferences|setXIncludeAware|setEntityResolver|XMLConstants\s{0,5}\.\s{0,5}FEATURE_SECURE_PROCESSING|ACCESS_EXTERNAL_\w{1,20}|SUPPORT_DTD|disallow-doctype-decl|supportDTD|IS_SUPPORTING_EXTERNAL_ENTITIES\s{0,5},\s{0,5}(?:false|Boolean\s{0,5}\.\s{0,5}FALSE))\b`;
const XML_PARSER_USE = String.raw`(?:[\s\S]{0,400}?(?:(?<report>(?:[\w$]{1,40}\s{0,5})?\.\s{0,5}(?:parse|createXMLStreamReader|createXMLEventReader|newTransformer|newSchema|build|read)\s{0,5}\()|${XML_HARDENING}))?`;
// An exception's text: e.getMessage(), ex.toString(), t.getStackTrace().
const EXCEPTION_TEXT = String.raw`\b(?:e|ex|exc|exception|t|th|throwable|err)\s{0,5}\.\s{0,5}(?:getMessage|toString|getLocalizedMessage|getStackTrace)\s{0,5}\(`;
// A call that draws from a Random. A finding is reported at the first draw (after a `new Random()`, within a few
// lines) and takes in the draws on the same line and the next, so a block of draws is one finding.
const RANDOM_USE = String.raw`(?:[\w$]{1,40}\s{0,5})?\.\s{0,5}next(?:Int|Long|Double|Float|Boolean|Bytes|Gaussian|Ints|Longs|Doubles)\s{0,5}\(`;
const MORE_DRAWS = String.raw`(?:[^\n]{0,160}(?:\n[^\n]{0,160})?${RANDOM_USE})?`;

// A password as stored (user.getPassword(), account.password) and as submitted (request.getParameter("password"), a
// password variable, form.getPassword()): compared with each other, the stored one is plain text.
const JAVA_STORED_PASSWORD = String.raw`\b\w{1,40}\s{0,5}\.\s{0,5}(?:getPassword\s{0,5}\(\s{0,5}\)|password\b)`;
const JAVA_SUBMITTED_PASSWORD = String.raw`(?:\b${JAVA_REQUEST_RECEIVER}\s{0,5}\.\s{0,5}getParameter\s{0,5}\(\s{0,5}"${PASSWORD_PARAMETER}"\s{0,5}\)|\b(?:\w{1,40}\s{0,5}\.\s{0,5})?getPassword\s{0,5}\(\s{0,5}\)|\b(?:password|passwd|pwd|rawPassword|plainPassword|inputPassword|providedPassword|submittedPassword|enteredPassword|oldPassword|currentPassword)\b)`;

export const JAVA_RULES: RuleSpec[] = [
  {
    id: 'java.command-concatenation',
    title: 'Do not build OS commands by joining strings',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`(?:\bexec|\bCommandLine\s{0,5}\.\s{0,5}parse)\s{0,5}\(\s{0,40}\(?\s{0,5}(?:"[^"\n]{0,300}"\s{0,5}\+\s{0,5}${JOINED}|[A-Za-z_$][\w$.]{0,60}\s{0,5}\+\s{0,5}"|String\s{0,5}\.\s{0,5}format\s{0,5}\(|"[^"\n$]{0,200}\$\{?[A-Za-z_])`,
      String.raw`\b(?:new\s{1,5})?ProcessBuilder\s{0,5}\([^;\n]{0,300}?(?:"\s{0,5}\+\s{0,5}${JOINED}|[\w$)]\s{0,5}\+\s{0,5}"|String\s{0,5}\.\s{0,5}format\s{0,5}\()`,
      // Kotlin's template as the program's whole command line (split later); in a later argument it is one argument.
      String.raw`\bProcessBuilder\s{0,5}\(\s{0,5}"[^"\n]{0,200}\$\{?[A-Za-z_]`,
    ],
    // A shell given -c is java.exec-shell's finding.
    unless: [String.raw`"(?:/bin/|/usr/bin/)?(?:ba|z|k|da)?sh"\s{0,5},\s{0,5}"-c"`],
    keywords: ['exec', 'processbuilder', 'commandline'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'This OS command is built by joining strings, so a value with spaces, quotes or shell characters can change the command that runs.',
    examples: {
      bad: [
        'Process p = Runtime.getRuntime().exec("ping -c 1 " + host);',
        'Runtime.getRuntime().exec(cmd + " " + file);',
        'val p = Runtime.getRuntime().exec("convert $input out.png")',
        'rt.exec(String.format("kill -9 %d", pid));',
        'Runtime.getRuntime().exec(("tar xf " + file).split(" "));',
        'CommandLine cmdLine = CommandLine.parse("ping " + host);',
        'val proc = ProcessBuilder("git clone $repoUrl".split(" ")).start()',
        'Process p = new ProcessBuilder(("convert " + input + " out.png").split(" ")).start();',
      ],
      good: [
        'ProcessBuilder("tar", "xf", archive).start()',
        'ProcessBuilder("git", "log", "$branch").start()',
        'Process p = new ProcessBuilder("ping", "-c", "1", host).start();',
        'Process p = Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host});',
        '// Runtime.getRuntime().exec("ping " + host)',
        'String help = "run exec(\\"ls \\" + dir) to list";',
        'Runtime.getRuntime().exec("ls " + DEFAULT_DIR);',
      ],
    },
  },
  {
    id: 'java.runtime-exec-dynamic',
    title: 'Check what reaches Runtime.exec()',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:getRuntime\s{0,5}\(\s{0,5}\)|runtime|rt)\s{0,5}\.\s{0,5}exec\s{0,5}\(\s{0,40}[A-Za-z_$]`],
    unless: [
      String.raw`\bexec\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?(?:"\s{0,5}\+|\+\s{0,5}"|String\s{0,5}\.\s{0,5}format\s{0,5}\()`,
      String.raw`"(?:/bin/|/usr/bin/|/system/bin/)?(?:ba|z|k|da)?sh"\s{0,5},\s{0,5}"-c"`,
      String.raw`"cmd(?:\.exe)?"\s{0,5},\s{0,5}"/[cCkK]"`,
      String.raw`\bexec\s{0,5}\(\s{0,5}new\s{1,5}String\s{0,5}\[`,
    ],
    keywords: ['exec'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'Runtime.exec() runs a command taken from a variable; if any part of it comes from users or files, they choose what runs on the server.',
    examples: {
      bad: [
        'Process proc = Runtime.getRuntime().exec(command);',
        'child = Runtime.getRuntime().exec(argv, env, workDir);',
        'Runtime.getRuntime().exec(\n    buildCommand(job));',
      ],
      good: [
        'Process proc = Runtime.getRuntime().exec("uptime");',
        'Process proc = new ProcessBuilder(List.of("git", "status")).start();',
        '// Runtime.getRuntime().exec(command)',
      ],
    },
  },
  {
    id: 'java.exec-shell',
    ...SHELL_AS_PROGRAM_RULE,
    languages: JAVA,
    patterns: [
      // sh -c, and Android's su -c, which runs the command as root.
      String.raw`[{(,]\s{0,5}"(?:/bin/|/usr/bin/|/system/bin/|/system/xbin/)?(?:(?:ba|z|k|da)?sh|su)"\s{0,5},\s{0,5}"-c"\s{0,5},\s{0,5}(?:[A-Za-z_$]|"[^"\n]{0,200}"\s{0,5}\+|"[^"\n]{0,200}\$\{?[A-Za-z_])`,
      String.raw`[{(,]\s{0,5}"cmd(?:\.exe)?"\s{0,5},\s{0,5}"/[cCkK]"\s{0,5},\s{0,5}[A-Za-z_$]`,
      String.raw`\bexec\s{0,5}\(\s{0,5}"(?:su|sh|bash|/system/x?bin/su|/system/bin/sh|/bin/sh|/bin/bash)"\s{0,5}\)`,
      String.raw`\bexec\s{0,5}\(\s{0,5}"(?:cmd(?:\.exe)?\s{1,5}/[cCkK]|(?:/bin/|/usr/bin/)?(?:ba)?sh\s{1,5}-c)\s`,
    ],
    keywords: ['sh"', 'cmd', 'su"', 'sh -c'],
    examples: {
      bad: [
        'String[] cmd = {"/bin/sh", "-c", script};',
        'Runtime.getRuntime().exec(new String[]{"bash", "-c", "ls " + dir});',
        'new ProcessBuilder("cmd.exe", "/c", userCommand).start();',
        'Process su = Runtime.getRuntime().exec("su");',
        'Process p = Runtime.getRuntime().exec("cmd.exe /c tasklist /fi \\"IMAGENAME eq notes.exe\\"");',
        'ProcessBuilder("bash", "-c", "ls ${dir}").start()',
        'Process p = Runtime.getRuntime().exec(new String[]{"su", "-c", command});',
      ],
      good: [
        'String[] cmd = {"/bin/sh", "-c", "ls -l /tmp"};',
        'Process p = Runtime.getRuntime().exec(new String[]{"su", "-c", "reboot"});',
        'ProcessBuilder("bash", "-c", "ls /tmp").start()',
        'Process p = Runtime.getRuntime().exec("tasklist /fi \\"IMAGENAME eq notes.exe\\"");',
        'new ProcessBuilder("git", "log", branch).start();',
        'String shell = "sh";',
      ],
    },
  },
  {
    id: 'java.groovy-string-execute',
    title: 'Do not execute() a Groovy string built from values',
    languages: ['groovy'],
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`"[^"\n$]{0,200}\$\{?[A-Za-z_][^"\n]{0,200}"\s{0,5}\.\s{0,5}execute\s{0,5}\(`,
      String.raw`"[^"\n]{0,200}"\s{0,5}\+\s{0,5}[\w.]{1,80}\s{0,5}\)\s{0,5}\.\s{0,5}execute\s{0,5}\(`,
    ],
    keywords: ['execute'],
    scope: 'string',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'String.execute() runs the string as a command, so values interpolated into it can change the command.',
    examples: {
      bad: ['def proc = "git clone ${repoUrl}".execute()', 'def proc = ("ls " + dir).execute()'],
      good: ['def proc = ["git", "clone", repoUrl].execute()', 'def proc = "git status".execute()'],
    },
  },
  {
    id: 'java.sql-concatenation',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: JAVA,
    // The query text is the string literal: its SQL keywords, and the value joined onto it.
    scope: 'string',
    patterns: [
      String.raw`"(?:${SQL_HEAD}[^"\n]{0,250}|${SQL_CONDITION})"\s{0,5}\+\s{0,5}${JOINED}[^\n]{0,300}`,
      String.raw`"${SQL_HEAD}[^"\n]{0,250}(?:\$\{?[A-Za-z_]|%s)[^\n]{0,300}`,
      // A StringBuilder given SQL text, then a value: .append("... WHERE id = ").append(id), or in the next statement
      // (new StringBuilder("SELECT ... FROM ");\n sb.append(table)).
      String.raw`"(?:${SQL_HEAD}[^"\n]{0,250}|${SQL_CONDITION})"\s{0,5}\)\s{0,5}(?:;[^\S\n]{0,40}\n[^\n]{0,60}?)?\.\s{0,5}append\s{0,5}\(\s{0,5}${JOINED}`,
    ],
    unless: [PLACEHOLDER_LIST_BUILT, EXCEPTION_MESSAGE, String.raw`\b(?:log|logger|LOG|LOGGER|Log)\s{0,5}\.\s{0,5}(?:debug|info|warn|error|trace)\s{0,5}\(`],
    matcher: 'grows-same-variable',
    keywords: ['select', 'insert', 'update', 'delete', 'where', 'replace', 'merge', ' and ', ' or ', ' set ', 'having'],
    examples: {
      bad: [
        'ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");',
        'String sql = "select id from orders where customer_id=" + customerId;',
        'sql += " AND status = \'" + request.getParameter("status") + "\'";',
        'List<User> users = em.createQuery("SELECT u FROM User u WHERE u.email = \'" + email + "\'").getResultList();',
        'stmt.executeUpdate("DELETE FROM sessions WHERE token = " + token);',
        'val rows = jdbc.queryForList("SELECT * FROM items WHERE owner = \'$owner\'")',
        'String q = String.format("SELECT * FROM accounts WHERE id = %s", id);',
        'sql.append("SELECT * FROM orders WHERE status = \'").append(status).append("\'");',
        'StringBuilder sb = new StringBuilder("SELECT * FROM users WHERE name = \'");\nsb.append(name).append("\'");',
        'StringBuilder sb = new StringBuilder("SELECT COUNT(*) FROM ");\nsb.append(table);',
      ],
      good: [
        'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE id = ?");\nlog.append(message);',
        'throw new IllegalArgumentException("Select a value from " + allowed);',
        'PreparedStatement ps = conn.prepareStatement("SELECT * FROM t WHERE id IN (" + placeholders + ")");',
        'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");',
        'String sql = "SELECT * FROM " + TABLE_NAME + " WHERE id = ?";',
        'log.info("Updated " + count + " rows");',
        '// String sql = "SELECT * FROM users WHERE id = " + id;',
        'throw new IllegalStateException("Delete failed for " + path);',
        'String q = "SELECT * FROM t WHERE id = $1";',
        'sql.append("SELECT * FROM orders WHERE status = ?").append(" ORDER BY id");',
        'StringBuilder sb = new StringBuilder("SELECT * FROM users WHERE name = ?");\nsb.append(" ORDER BY name");',
      ],
    },
  },
  {
    id: 'java.object-input-stream',
    title: 'Do not deserialize untrusted data with ObjectInputStream',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bObjectInputStream\s{0,5}\(`],
    unless: [String.raw`\b(?:ValidatingObjectInputStream|ObjectInputFilter|setObjectInputFilter|resolveClass)\b`],
    keywords: ['objectinputstream'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'Java deserialization builds whatever classes the stream names, so bytes from a socket, file or request can run gadget chains that execute code.',
    examples: {
      bad: [
        'ObjectInputStream in = new ObjectInputStream(socket.getInputStream());',
        'Object obj = new ObjectInputStream(bis).readObject();',
        'val input = ObjectInputStream(FileInputStream(file))',
      ],
      good: [
        'ObjectOutputStream out = new ObjectOutputStream(socket.getOutputStream());',
        'import java.io.ObjectInputStream;',
        'ObjectInputStream in = new ValidatingObjectInputStream(stream);',
        '// new ObjectInputStream(socket.getInputStream())',
      ],
    },
  },
  {
    id: 'java.xml-decoder',
    title: 'Do not decode untrusted XML with XMLDecoder',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bXMLDecoder\s{0,5}\(`],
    keywords: ['xmldecoder'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'XMLDecoder calls any constructor and method the XML names, so decoding a document someone else wrote lets them run code.',
    examples: {
      bad: ['XMLDecoder decoder = new XMLDecoder(request.getInputStream());'],
      good: ['XMLEncoder encoder = new XMLEncoder(out);', 'import java.beans.XMLDecoder;'],
    },
  },
  {
    id: 'java.xstream-from-xml',
    title: 'Restrict the types XStream may create',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\.\s{0,5}fromXML\s{0,5}\(`],
    unless: [String.raw`\b(?:allowTypes|addPermission|allowTypesByWildcard|setupDefaultSecurity)\b`],
    keywords: ['fromxml'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'XStream builds any class the XML names unless an allow-list is set, so untrusted XML can run gadget chains.',
    examples: {
      bad: ['Order order = (Order) xstream.fromXML(body);', 'Object o = new XStream().fromXML(xml);'],
      good: ['String xml = xstream.toXML(order);', 'xstream.allowTypes(new Class[] {Order.class}); Order o = (Order) xstream.fromXML(body);'],
    },
  },
  {
    id: 'java.snakeyaml-load',
    title: 'Load YAML with a safe constructor',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bnew\s{1,5}Yaml\s{0,5}\(\s{0,5}\)`, String.raw`(?:[=(,]|\breturn)\s{0,5}Yaml\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}load`],
    keywords: ['yaml('],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'SnakeYAML before 2.0 builds any Java type a document names with its default constructor, so loading untrusted YAML can run code.',
    examples: {
      bad: ['Yaml yaml = new Yaml();', 'Map<String, Object> cfg = new Yaml().load(input);', 'val data = Yaml().load<Map<String, Any>>(text)'],
      good: ['Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));', 'ObjectMapper mapper = new ObjectMapper(new YAMLFactory());'],
    },
  },
  {
    id: 'java.jackson-default-typing',
    title: 'Do not enable Jackson default typing',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\.\s{0,5}(?:enableDefaultTyping|activateDefaultTyping|enableDefaultTypingAsProperty)\s{0,5}\(`,
      String.raw`@JsonTypeInfo\s{0,5}\([^)\n@]{0,200}JsonTypeInfo\s{0,5}\.\s{0,5}Id\s{0,5}\.\s{0,5}(?:CLASS|MINIMAL_CLASS)\b`,
    ],
    unless: [String.raw`\bBasicPolymorphicTypeValidator\b`],
    keywords: ['defaulttyping', 'jsontypeinfo'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'Class-name type info lets a JSON document pick which class Jackson builds, which gadget chains turn into remote code execution.',
    examples: {
      bad: ['mapper.enableDefaultTyping();', '@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@class")'],
      good: ['@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")', 'mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Base.class).build());'],
    },
  },
  {
    id: 'java.weak-hash',
    title: 'Avoid MD5 and SHA-1',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bMessageDigest\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"(?:MD[245]|md[245]|SHA-?1|sha-?1|SHA|sha)"`,
      String.raw`\.\s{0,5}(?:md[245]|sha1|md[245]Hex|sha1Hex|getMd[25]Digest|getSha1Digest|getShaDigest|md5DigestAsHex|md5Digest|appendMd5DigestAsHex)\s{0,5}\(`,
      String.raw`\bDigestUtils\s{0,5}\.\s{0,5}sha(?:Hex)?\s{0,5}\(`,
      String.raw`\bnew\s{1,5}(?:MD[245]Digest|SHA1Digest)\s{0,5}\(`,
      String.raw`\bMessageDigestAlgorithms\s{0,5}\.\s{0,5}(?:MD[25]|SHA_1)\b`,
    ],
    unless: [NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'md2', 'md4', 'sha'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collisions and far too fast for passwords; use SHA-256 for integrity and a password hash (bcrypt, scrypt, Argon2, PBKDF2) for passwords.',
    examples: {
      bad: [
        'MessageDigest md = MessageDigest.getInstance("MD5");',
        'MessageDigest sha = MessageDigest.getInstance("SHA-1");',
        'String hex = DigestUtils.md5Hex(password);',
        'HashCode h = Hashing.sha1().hashString(value, UTF_8);',
        'String digest = DigestUtils.shaHex(token);',
        'Digest digest = new SHA1Digest();',
        'MessageDigest md = MessageDigest.getInstance(MessageDigestAlgorithms.MD5);',
        'String hash = DigestUtils.md5DigestAsHex(password.getBytes(StandardCharsets.UTF_8));',
      ],
      good: [
        'MessageDigest md = MessageDigest.getInstance("SHA-256");',
        'String hex = DigestUtils.sha256Hex(data);',
        'String hash = DigestUtils.sha256Hex(password.getBytes(StandardCharsets.UTF_8));',
        'return ResponseEntity.ok().eTag(DigestUtils.md5DigestAsHex(body)).body(body);',
        'public String cacheKey(byte[] b) {\n    return DigestUtils.md5Hex(b);\n}',
        '// MessageDigest.getInstance("MD5") is broken',
        'String label = "md5(value)";',
        'MessageDigest md = MessageDigest.getInstance(MessageDigestAlgorithms.SHA_256);',
      ],
    },
  },
  {
    id: 'java.weak-cipher',
    title: 'Use AES-GCM instead of DES, RC4, Blowfish or ECB',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:KeyGenerator|SecretKeyFactory)\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"${WEAK_JCA_CIPHER}"`,
      String.raw`\bCipher\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}(?:\n[ \t]{0,60})?"(?:(?:${WEAK_JCA_CIPHER}|DESedeWrap)(?:/[^"\n]{0,40})?|AES|[A-Za-z]{2,12}(?:_\d{3})?/ECB/[^"\n]{0,40})"`,
      String.raw`\bnew\s{1,5}(?:javax\s{0,5}\.\s{0,5}crypto\s{0,5}\.\s{0,5})?NullCipher\s{0,5}\(`,
      // Bouncy Castle's lightweight engines.
      String.raw`\bnew\s{1,5}(?:DES|DESede|Blowfish|RC4|RC2|IDEA|CAST5|TEA|XTEA)Engine\s{0,5}\(`,
      String.raw`\bBLOCK_MODE_ECB\b`,
      // A transformation kept in a constant for Cipher.getInstance(TRANSFORMATION): its mode and padding name it.
      String.raw`=\s{0,5}"(?:[A-Za-z]{2,12}(?:_\d{3})?/ECB/[A-Za-z0-9]{2,30}|${WEAK_JCA_CIPHER}/[A-Za-z0-9]{2,12}/[A-Za-z0-9]{2,30})"\s{0,5};?`,
    ],
    unlessMatch: [String.raw`"RSA/`],
    keywords: ['cipher', 'block_mode_ecb', 'keygenerator', 'secretkeyfactory', '/ecb/', 'des/', 'desede/', 'blowfish/', 'rc2/', 'rc4/', 'engine('],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, 3DES, RC2, RC4 and Blowfish are broken or too weak, and ECB mode (the default for a bare "AES") leaks patterns in the data; use AES/GCM/NoPadding.',
    examples: {
      bad: [
        'KeyGenerator keyGen = KeyGenerator.getInstance("DES");',
        'Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");',
        'Cipher c = Cipher.getInstance("AES");',
        'Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");',
        'cipher = Cipher.getInstance("Blowfish");',
        'builder.setBlockModes(KeyProperties.BLOCK_MODE_ECB);',
        'SecretKeyFactory f = SecretKeyFactory.getInstance("PBEWithMD5AndDES");',
        'Cipher cipher = new NullCipher();',
        'Cipher c = new javax.crypto.NullCipher();',
        'Cipher c = Cipher.getInstance("PBEWithMD5AndDES");',
        'private static final String TRANSFORMATION = "AES/ECB/PKCS5Padding";',
        'const val CIPHER_TRANSFORMATION = "DESede/CBC/PKCS5Padding"',
        'BlockCipher engine = new DESedeEngine();',
        'Cipher cipher = Cipher.getInstance(\n        "AES/ECB/PKCS5Padding");',
      ],
      good: [
        'Cipher c = Cipher.getInstance("AES/GCM/NoPadding");',
        'BlockCipher engine = new AESEngine();',
        'Cipher cipher = Cipher.getInstance(\n        "AES/GCM/NoPadding");',
        'Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");',
        '// Cipher.getInstance("DES") is broken',
        'builder.setBlockModes(KeyProperties.BLOCK_MODE_GCM);',
        'Cipher c = Cipher.getInstance("PBEWithHmacSHA256AndAES_256");',
        'private static final String TRANSFORMATION = "AES/GCM/NoPadding";',
        'private static final String RSA_TRANSFORMATION = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";',
      ],
    },
  },
  {
    id: 'java.rsa-without-oaep',
    title: 'Use OAEP padding for RSA encryption',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bCipher\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"RSA(?:/(?:ECB|NONE)/(?:PKCS1Padding|NoPadding))?"`],
    keywords: ['rsa'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-780'],
    owasp: 'A02:2021',
    message: 'RSA with PKCS#1 v1.5 padding (the default) or no padding is open to padding-oracle and textbook-RSA attacks; use RSA/ECB/OAEPWithSHA-256AndMGF1Padding.',
    examples: {
      bad: ['Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");', 'Cipher rsa = Cipher.getInstance("RSA");'],
      good: ['Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");', 'Signature s = Signature.getInstance("SHA256withRSA");'],
    },
  },
  {
    id: 'java.static-iv',
    ...STATIC_IV_RULE,
    languages: JAVA,
    // A literal construct is reported, not a name: as sure as a finding gets.
    confidence: 'high',
    patterns: [
      String.raw`\bnew\s{1,5}(?:IvParameterSpec|GCMParameterSpec)\s{0,5}\((?:\s{0,5}\d{2,3}\s{0,5},)?\s{0,5}(?:"[^"\n]{0,100}"\s{0,5}\.\s{0,5}getBytes\s{0,5}\(|new\s{1,5}byte\s{0,5}\[\s{0,5}\]\s{0,5}\{|new\s{1,5}byte\s{0,5}\[\s{0,5}\d{1,3}\s{0,5}\]\s{0,5}\))`,
    ],
    keywords: ['parameterspec'],
    examples: {
      bad: [
        'IvParameterSpec iv = new IvParameterSpec("0123456789abcdef".getBytes());',
        'IvParameterSpec iv = new IvParameterSpec(new byte[16]);',
        'GCMParameterSpec spec = new GCMParameterSpec(128, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});',
      ],
      good: ['byte[] iv = new byte[16]; random.nextBytes(iv); IvParameterSpec spec = new IvParameterSpec(iv);', 'GCMParameterSpec spec = new GCMParameterSpec(128, nonce);'],
    },
  },
  {
    id: 'java.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: JAVA,
    patterns: [
      // A secret compared with equals(): signature.equals(expectedSignature), request.getHeader("X-Api-Key").equals(apiKey).
      String.raw`${JAVA_SECRET_VALUE}\s{0,5}\.\s{0,5}equals(?:IgnoreCase)?\s{0,5}\(\s{0,5}${JAVA_COMPARED_VALUE}\s{0,5}\)`,
      String.raw`${JAVA_COMPARED_VALUE}\s{0,5}\.\s{0,5}equals(?:IgnoreCase)?\s{0,5}\(\s{0,5}${JAVA_SECRET_VALUE}\s{0,5}\)`,
      String.raw`\b(?:Arrays|Objects)\s{0,5}\.\s{0,5}equals\s{0,5}\(\s{0,5}${JAVA_SECRET_VALUE}\s{0,5},\s{0,5}${JAVA_COMPARED_VALUE}\s{0,5}\)`,
      String.raw`\b(?:Arrays|Objects)\s{0,5}\.\s{0,5}equals\s{0,5}\(\s{0,5}${JAVA_COMPARED_VALUE}\s{0,5},\s{0,5}${JAVA_SECRET_VALUE}\s{0,5}\)`,
    ],
    // An equals() method comparing its own fields with another object's; change detection on a configuration.
    unless: OBJECT_EQUALITY,
    // XML-DSig's SignatureValue is a public-key signature, not a secret.
    unlessMatch: [...NOT_SECRET_COMPARED, String.raw`\(\s{0,5}(?:null|true|false)\s{0,5}\)`, String.raw`SignatureValue\b`],
    keywords: SECRET_NAME_KEYWORDS,
    message: 'equals() stops at the first differing character, so response times can reveal a secret compared with it; use MessageDigest.isEqual on the bytes.',
    examples: {
      bad: [
        'if (!signature.equals(expectedSignature)) {',
        'if (request.getHeader("X-Api-Key").equals(apiKey)) {',
        'return providedToken.equals(System.getenv("API_TOKEN"));',
        'if (!Arrays.equals(computedMac, receivedMac)) throw new SecurityException();',
        'if (!Arrays.equals(mac.doFinal(body), expectedMac)) return false;',
        'if (token.equals(config.getApiKey())) {',
        'if (!apiKeyHex.equals(providedKey)) {',
      ],
      good: [
        'if (!MessageDigest.isEqual(signature.getBytes(UTF_8), expectedSignature.getBytes(UTF_8))) {',
        'if ("Bearer".equals(tokenType)) {',
        'if (apiKey.equals("")) {',
        'if (apiKey == null || apiKey.isEmpty()) {',
        'return Objects.equals(apiKey, that.apiKey);',
        'if (methodSignature.equals(callSignature)) {',
        'if (sig.equals(basicTypeSignature())) {',
        'if (token.equals(expectedToken)) {',
        'if (request.getHeader("Accept").equals(mediaType)) {',
        'if (apiKeyHeader.equals(headerName)) {',
        'if (apiKeyParam.equals(param.getName())) {',
        'if (!oldConfig.getApiKey().equals(newConfig.getApiKey())) {',
      ],
    },
  },
  {
    id: 'java.plaintext-password-compare',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: JAVA,
    patterns: [
      // A stored password (user.getPassword()) against the one submitted: request.getParameter("password"), password,
      // form.getPassword().
      String.raw`${JAVA_STORED_PASSWORD}\s{0,5}\.\s{0,5}equals\s{0,5}\(\s{0,5}${JAVA_SUBMITTED_PASSWORD}\s{0,5}\)`,
      String.raw`${JAVA_SUBMITTED_PASSWORD}\s{0,5}\.\s{0,5}equals\s{0,5}\(\s{0,5}${JAVA_STORED_PASSWORD}\s{0,5}\)`,
    ],
    // An equals() method comparing its own fields with another object's; change detection.
    unless: OBJECT_EQUALITY,
    keywords: ['password'],
    examples: {
      bad: [
        'if (user.getPassword().equals(request.getParameter("password"))) { login(user); }',
        'if (!password.equals(account.getPassword())) throw new BadCredentialsException("Invalid");',
        'return user.getPassword().equals(loginRequest.getPassword());',
      ],
      good: [
        'if (passwordEncoder.matches(request.getParameter("password"), user.getPassword())) { login(user); }',
        'if (!form.getPassword().equals(form.getConfirmPassword())) { errors.reject("mismatch"); }',
        'return Objects.equals(password, that.password);',
        'if (user.getPassword().equals("")) {',
      ],
    },
  },
  {
    id: 'java.hardcoded-secret-key',
    ...HARDCODED_KEY_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bnew\s{1,5}SecretKeySpec\s{0,5}\(\s{0,5}"(?<secret>[^"\n]{1,200})"\s{0,5}\.\s{0,5}getBytes\s{0,5}\(`,
      // JWT signing secrets: Algorithm.HMAC256("..."), signWith(HS256, "..."), setSigningKey("...").
      String.raw`\bAlgorithm\s{0,5}\.\s{0,5}HMAC(?:256|384|512)\s{0,5}\(\s{0,5}"(?<secret>[^"\n]{1,200})"`,
      String.raw`\.\s{0,5}(?:signWith|setSigningKey|verifyWith)\s{0,5}\(\s{0,5}(?:SignatureAlgorithm\s{0,5}\.\s{0,5}\w{4,6}\s{0,5},\s{0,5})?"(?<secret>[^"\n]{1,200})"`,
    ],
    // A Spring placeholder is resolved from the configuration, not a key.
    unlessMatch: [...HARDCODED_KEY_RULE.unlessMatch, String.raw`^\$\{`],
    keywords: ['secretkeyspec', 'hmac256', 'hmac384', 'hmac512', 'signwith', 'setsigningkey', 'verifywith'],
    examples: {
      bad: [
        'SecretKeySpec key = new SecretKeySpec("MySuperSecretKey".getBytes(), "AES");',
        'Algorithm algorithm = Algorithm.HMAC256("secret");',
        'String token = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, "mySecretKey").compact();',
        'Claims claims = Jwts.parser().setSigningKey("secret").parseClaimsJws(token).getBody();',
      ],
      good: [
        'SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");',
        'SecretKeySpec key = new SecretKeySpec(loadKey(), "HmacSHA256");',
        'Algorithm algorithm = Algorithm.HMAC256(System.getenv("JWT_SECRET"));',
        'Algorithm algorithm = Algorithm.HMAC256("${jwt.secret}");',
        'String token = Jwts.builder().setSubject(user).signWith(key).compact();',
      ],
    },
  },
  {
    id: 'java.util-random',
    title: 'Use SecureRandom for security values',
    languages: JAVA,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}(?:java\.util\.)?Random\s{0,5}\((?:[\s\S]{0,400}?(?<report>${RANDOM_USE})${MORE_DRAWS})?`,
      String.raw`[=(,]\s{0,5}java\.util\.Random\s{0,5}\(`,
      String.raw`\bRandomStringUtils\s{0,5}\.\s{0,5}random(?:Alphanumeric|Alphabetic|Numeric|Ascii|Graph|Print)?\s{0,5}\(`,
      String.raw`\bRandomUtils\s{0,5}\.\s{0,5}next\w{0,20}\s{0,5}\(`,
      String.raw`(?<report>\b(?:random|rand|rnd|rng|r|randomizer|RANDOM|RAND|RND|RNG)\s{0,5}\.\s{0,5}next(?:Boolean|Gaussian|Double|Float)\s{0,5}\()${MORE_DRAWS}`,
      // Integer draws only on names SecureRandom code rarely uses, since SecureRandom has the same methods.
      String.raw`(?<report>\b(?:rand|rnd|r|randomizer|RAND|RND)\s{0,5}\.\s{0,5}next(?:Int|Long)\s{0,5}\()${MORE_DRAWS}`,
      String.raw`(?<report>\bThreadLocalRandom\s{0,5}\.\s{0,5}current\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}next(?:Int|Long|Double|Float|Boolean|Bytes|Gaussian)\s{0,5}\()${MORE_DRAWS}`,
    ],
    keywords: ['random', 'nextboolean', 'nextgaussian', 'nextdouble', 'nextfloat', 'nextint', 'nextlong'],
    reach: 'block',
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-330'],
    owasp: 'A02:2021',
    message: 'java.util.Random is predictable from a few outputs; fine for games and tests, but tokens, passwords, keys and IDs need SecureRandom.',
    examples: {
      bad: [
        'Random random = new Random();',
        'String code = RandomStringUtils.randomAlphanumeric(8);',
        'long id = new java.util.Random().nextLong();',
        'if (rnd.nextBoolean()) swap(a, b);',
        'double noise = random.nextGaussian() * sigma;',
        'int k = rnd.nextInt(n + 1);',
        'val rng = java.util.Random()',
        'int pin = RandomUtils.nextInt(1000, 10000);',
        'long hi = ThreadLocalRandom.current().nextLong();',
      ],
      good: [
        'SecureRandom random = new SecureRandom();',
        'String code = RandomStringUtils.secure().nextAlphanumeric(8);',
        'Random r = ThreadLocalRandom.current(); // see SecureRandom',
        'double d = secureRandom.nextDouble();',
        'int age = scanner.nextInt();',
        '// rnd.nextBoolean() decides the order',
        'val rng = java.security.SecureRandom()',
        'int pin = RandomUtils.secure().randomInt(1000, 10000);',
      ],
    },
  },
  {
    id: 'java.math-random-secret',
    title: 'Do not make secrets with predictable generators',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b\w{0,30}${SECRET_NAME}\w{0,30}\s{0,5}(?:=|\+=)[^;=\n]{0,150}\bMath\s{0,5}\.\s{0,5}random\s{0,5}\(`,
      // ThreadLocalRandom is java.util.Random underneath; a name-based UUID is a hash of what it is given.
      String.raw`\b\w{0,30}${SECRET_VALUE_NAME}\s{0,5}(?:=|\+=)[^;=\n]{0,150}\b(?:ThreadLocalRandom\s{0,5}\.\s{0,5}current\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}next\w{0,10}|UUID\s{0,5}\.\s{0,5}nameUUIDFromBytes)\s{0,5}\(`,
    ],
    ignoreCase: true,
    unlessMatch: [SECRET_NAME_QUALIFIER],
    keywords: ['math.random', 'threadlocalrandom', 'nameuuidfrombytes'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-330'],
    owasp: 'A02:2021',
    message: 'Math.random() and ThreadLocalRandom can be predicted from their output, and a name-based UUID from its input, so a token, password or salt made with them can be guessed; use SecureRandom.',
    examples: {
      bad: [
        'String resetToken = Long.toHexString((long) (Math.random() * Long.MAX_VALUE));',
        'String sessionId = Long.toString(ThreadLocalRandom.current().nextLong());',
        'String token = UUID.nameUUIDFromBytes(email.getBytes()).toString();',
      ],
      good: [
        'double jitter = Math.random() * 100;',
        'String resetToken = new BigInteger(130, secureRandom).toString(32);',
        'long delay = ThreadLocalRandom.current().nextLong(100, 500);',
        'UUID id = UUID.nameUUIDFromBytes(name.getBytes());',
        'int maxTokens = ThreadLocalRandom.current().nextInt(1, 10);',
        'double footprint = ThreadLocalRandom.current().nextDouble();',
        'String cacheKeyForToken = UUID.nameUUIDFromBytes(token.getBytes()).toString();',
      ],
    },
  },
  {
    id: 'java.securerandom-fixed-seed',
    title: 'Do not seed random generators with constants',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}SecureRandom\s{0,5}\(\s{0,5}(?:"|new\s{1,5}byte\s{0,5}\[\s{0,5}\]\s{0,5}\{|[\w.]{1,60}\s{0,5}\.\s{0,5}getBytes\s{0,5}\()`,
      String.raw`\.\s{0,5}setSeed\s{0,5}\(\s{0,5}(?:\d{1,20}L?|"[^"\n]{0,100}"\s{0,5}\.\s{0,5}getBytes\s{0,5}\(\s{0,5}\)|new\s{1,5}byte\s{0,5}\[\s{0,5}\]\s{0,5}\{[^}\n]{0,100}\})\s{0,5}\)`,
    ],
    keywords: ['securerandom', 'setseed'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-336'],
    owasp: 'A02:2021',
    message: 'A generator seeded with a constant produces the same numbers on every run, so anything it makes can be reproduced by whoever reads the code.',
    examples: {
      bad: ['SecureRandom sr = new SecureRandom("seed".getBytes());', 'secureRandom.setSeed(12345L);'],
      good: ['SecureRandom sr = new SecureRandom();', 'secureRandom.setSeed(secureRandom.generateSeed(32));'],
    },
  },
  {
    id: 'java.trust-all-certificates',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bcheckServerTrusted\s{0,5}\([^()]{0,300}\)[^{};()/]{0,200}\{[^\S\n]{0,40}(?:\n[^\S\n]{0,40}//[^\n]{0,200})?\n?[^\S\n]{0,40}\}`,
      String.raw`\bcheckServerTrusted\s{0,5}\([^()]{0,300}\)[ \t]{0,5}=[ \t]{0,5}Unit\b`,
      String.raw`\b(?:TrustAllStrategy|TrustSelfSignedStrategy|InsecureTrustManagerFactory\s{0,5}\.\s{0,5}INSTANCE|TrustAllCerts|trustAllCerts)\b`,
      // An Android WebView told to go on past a certificate error.
      String.raw`\bonReceivedSslError\s{0,5}\([^()]{0,300}\)[^{;]{0,100}\{[^{}]{0,300}?(?<report>\b[\w$]{1,40}\s{0,5}\??\.\s{0,5}proceed\s{0,5}\(\s{0,5}\))`,
      String.raw`\bloadTrustMaterial\s{0,5}\([^;\n]{0,100}\(\s{0,5}\w{0,30}\s{0,5},\s{0,5}\w{0,30}\s{0,5}\)\s{0,5}->\s{0,5}true\b`,
    ],
    keywords: ['checkservertrusted', 'trustall', 'trustselfsigned', 'insecuretrustmanager', 'loadtrustmaterial', 'onreceivedsslerror'],
    reach: 'block',
    examples: {
      bad: [
        'public void checkServerTrusted(X509Certificate[] chain, String authType) {}',
        'public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n    // trust everyone\n}',
        'override fun checkServerTrusted(chain: Array<X509Certificate>?, authType: String?) {}',
        'SSLContext ctx = SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();',
        'override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = Unit',
        'SSLContext sslContext = SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();',
        'SSLContext ctx = SSLContexts.custom().loadTrustMaterial(null, new TrustSelfSignedStrategy()).build();',
        'public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) { handler.proceed(); }',
        'override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {\n    handler?.proceed()\n}',
      ],
      good: [
        'public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n    defaultTm.checkServerTrusted(chain, authType);\n}',
        'SSLContext ctx = SSLContexts.custom().loadTrustMaterial(trustStore, null).build();',
        'public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) { handler.cancel(); }',
      ],
    },
  },
  {
    id: 'java.hostname-verifier-allow-all',
    title: 'Do not turn off hostname verification',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier|NoopHostnameVerifier|NullHostnameVerifier)\b`,
      String.raw`\bverify\s{0,5}\(\s{0,5}(?:final\s{1,5})?String\s{1,5}\w{1,40}\s{0,5},\s{0,5}(?:final\s{1,5})?SSLSession\s{1,5}\w{1,40}\s{0,5}\)\s{0,20}\{\s{0,40}return\s{1,5}true\s{0,5};\s{0,40}\}`,
      String.raw`\b\w{0,30}[Hh]ostnameVerifier\s{0,5}(?:\s\w{1,40}\s{0,5}=\s{0,5})?\(?\s{0,5}(?:\(\s{0,5}\w{0,40}\s{0,5},\s{0,5}\w{0,40}\s{0,5}\)\s{0,5}->|\{\s{0,5}\w{1,40}\s{0,5},\s{0,5}\w{1,40}\s{0,5}->)\s{0,5}true\b`,
      String.raw`\bverify\s{0,5}\(\s{0,5}\w{1,40}\s{0,5}:\s{0,5}String\??\s{0,5},\s{0,5}\w{1,40}\s{0,5}:\s{0,5}SSLSession\??\s{0,5}\)\s{0,5}(?::\s{0,5}Boolean\s{0,5})?(?:=\s{0,5}true\b|\{\s{0,40}return\s{1,5}true\b)`,
    ],
    keywords: ['hostnameverifier', 'sslsession'],
    // An anonymous class's verify() lays its `return true;` and closing brace on the lines below.
    reach: 'block',
    scope: 'code',
    lesson: 'tls-verification',
    cwe: ['CWE-297'],
    owasp: 'A07:2021',
    message: 'A hostname verifier that accepts every name lets any valid certificate stand in for your server, so traffic can be intercepted.',
    examples: {
      bad: [
        'HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);',
        'SSLConnectionSocketFactory sf = new SSLConnectionSocketFactory(ctx, NoopHostnameVerifier.INSTANCE);',
        'public boolean verify(String hostname, SSLSession session) { return true; }',
        'builder.hostnameVerifier { _, _ -> true }',
        'HostnameVerifier allHostsValid = (hostname, session) -> true;',
        'HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {\n    @Override\n    public boolean verify(String hostname, SSLSession session) {\n        return true;\n    }\n});',
        'override fun verify(hostname: String?, session: SSLSession?): Boolean = true',
      ],
      good: [
        'SSLConnectionSocketFactory sf = new SSLConnectionSocketFactory(ctx, new DefaultHostnameVerifier());',
        'public boolean verify(String hostname, SSLSession session) { return hostname.equals(expected); }',
        'HostnameVerifier strict = (hostname, session) -> hostname.equals(expected);',
        'override fun verify(hostname: String?, session: SSLSession?): Boolean = hostname == expectedHost',
      ],
    },
  },
  {
    id: 'java.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bSSLContext\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"(?:SSL|SSLv2|SSLv3|TLSv1|TLSv1\.1)"`,
      // A socket's, engine's or parameters' protocol list that enables an old version.
      String.raw`\.\s{0,5}set(?:Enabled)?Protocols\s{0,5}\(\s{0,5}new\s{1,5}String\s{0,5}\[\s{0,5}\]\s{0,5}\{[^}\n]{0,200}?"(?:SSLv2|SSLv3|TLSv1|TLSv1\.1)"`,
    ],
    keywords: ['sslcontext', 'protocols('],
    examples: {
      bad: [
        'SSLContext ctx = SSLContext.getInstance("SSLv3");',
        'SSLContext ctx = SSLContext.getInstance("TLSv1");',
        'socket.setEnabledProtocols(new String[] {"SSLv3", "TLSv1"});',
      ],
      good: [
        'SSLContext ctx = SSLContext.getInstance("TLSv1.3");',
        'SSLContext ctx = SSLContext.getInstance("TLS");',
        'socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});',
      ],
    },
  },
  {
    id: 'java.xxe-parser-factory',
    title: 'Disable DTDs on XML parser factories',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|SAXTransformerFactory|SchemaFactory)\s{0,5}\.\s{0,5}(?:newInstance|newFactory|newDefaultInstance|newDefaultFactory|newNSInstance|newDefaultNSInstance)\s{0,5}\(${XML_PARSER_USE}`,
      String.raw`\bXMLReaderFactory\s{0,5}\.\s{0,5}createXMLReader\s{0,5}\(${XML_PARSER_USE}`,
      String.raw`\bnew\s{1,5}(?:SAXBuilder|SAXReader)\s{0,5}\(\s{0,5}\)${XML_PARSER_USE}`,
      // A schema's Validator parses the document it validates: reported at the validate call unless hardened first.
      String.raw`\.\s{0,5}newValidator\s{0,5}\(\s{0,5}\)[\s\S]{0,400}?(?:(?<report>\b[\w$]{1,40}\s{0,5}\.\s{0,5}validate\s{0,5}\()|${XML_HARDENING})`,
    ],
    unless: [String.raw`\b(?:setFeature|setProperty|setAttribute|XMLConstants\s{0,5}\.\s{0,5}(?:FEATURE_SECURE_PROCESSING|ACCESS_EXTERNAL_\w{1,20})|setExpandEntityReferences)\b`],
    // The match runs on to the first parse (or hardening call) after the factory; hardening cancels it.
    unlessMatch: [XML_HARDENING],
    keywords: ['factory', 'saxbuilder', 'saxreader', 'newvalidator'],
    reach: 'block',
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'Java XML parsers resolve external entities by default, so parsing untrusted XML can read local files or reach internal hosts; set disallow-doctype-decl on this factory before use.',
    examples: {
      bad: [
        'DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();',
        'SAXParserFactory factory = SAXParserFactory.newInstance();',
        'XMLInputFactory inputFactory = XMLInputFactory.newFactory();',
        'XMLReader reader = XMLReaderFactory.createXMLReader();',
        'SAXBuilder builder = new SAXBuilder();\nDocument doc = builder.build(xmlFile);',
        'SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);\nSchema s = sf.newSchema(new StreamSource(xsd));',
        'Validator validator = schema.newValidator();\nvalidator.validate(new StreamSource(input));',
      ],
      good: [
        'dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
        'DocumentBuilder db = dbf.newDocumentBuilder();',
        '// DocumentBuilderFactory.newInstance() needs hardening',
        'SAXBuilder builder = new SAXBuilder();\nbuilder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);\nDocument doc = builder.build(xmlFile);',
        'SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);\nsf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");\nSchema s = sf.newSchema(new StreamSource(xsd));',
        'Validator validator = schema.newValidator();\nvalidator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");\nvalidator.validate(new StreamSource(input));',
      ],
    },
  },
  {
    id: 'java.xxe-entities-enabled',
    title: 'Do not enable external entities or DOCTYPEs',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bsetFeature\s{0,5}\(\s{0,5}"[^"\n]{0,100}(?:external-general-entities|external-parameter-entities|load-external-dtd)"\s{0,5},\s{0,5}(?:true|Boolean\.TRUE)\b`,
      String.raw`\bsetFeature\s{0,5}\(\s{0,5}"[^"\n]{0,100}disallow-doctype-decl"\s{0,5},\s{0,5}(?:false|Boolean\.FALSE)\b`,
      String.raw`\bsetProperty\s{0,5}\(\s{0,5}(?:XMLInputFactory\s{0,5}\.\s{0,5}IS_SUPPORTING_EXTERNAL_ENTITIES|"javax\.xml\.stream\.isSupportingExternalEntities")\s{0,5},\s{0,5}(?:true|Boolean\.TRUE)\b`,
    ],
    keywords: ['setfeature', 'setproperty'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'This turns external entity or DOCTYPE processing on, so a crafted XML document can read local files or make the server fetch URLs.',
    examples: {
      bad: [
        'dbf.setFeature("http://xml.org/sax/features/external-general-entities", true);',
        'dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);',
        'xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);',
      ],
      good: [
        'dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);',
        'dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
        'xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);',
      ],
    },
  },
  {
    id: 'java.xpath-concatenation',
    ...XPATH_BUILT_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\.\s{0,5}(?:compile|evaluate|selectNodes|selectSingleNode|valueOf|selectObject)\s{0,5}\(\s{0,10}"[^"\n/\[]{0,200}[/\[][^"\n]{0,200}"\s{0,5}\+\s{0,5}${JOINED}`,
      String.raw`\.\s{0,5}(?:compile|evaluate|selectNodes|selectSingleNode|valueOf|selectObject)\s{0,5}\(\s{0,10}"[^"\n/\[]{0,200}[/\[][^"\n$]{0,200}(?:'\$\{?|\$\{)[A-Za-z_]`,
      // An attribute test closed on a joined value, wherever the string is built: "/entry[@key='" + key + "']".
      String.raw`(?:[=(,+]|\breturn)\s{0,5}"[^"\n]{0,200}\[@[\w:-]{1,40}\s{0,5}=\s{0,5}'"\s{0,5}\+\s{0,5}${JOINED}`,
      // String.format with a hole in a path expression: "//item[@id='%s']".
      String.raw`\.\s{0,5}(?:compile|evaluate|selectNodes|selectSingleNode|valueOf|selectObject)\s{0,5}\(\s{0,10}String\s{0,5}\.\s{0,5}format\s{0,5}\(\s{0,5}"(?:/|[^"\n]{0,200}(?://|\[@))[^"\n]{0,200}%s`,
    ],
    // A regex built with the same calls (Pattern.compile(String.format("/api/%s/users", v))) is no XPath.
    unless: [String.raw`\bPattern\s{0,5}\.\s{0,5}compile\s{0,5}\(`],
    keywords: ['compile', 'evaluate', 'select', 'valueof', '[@'],
    message: 'This XPath expression is built by joining in a value, so a quote in it can rewrite the query and return or bypass any node; use an XPathVariableResolver.',
    examples: {
      bad: [
        'NodeList users = (NodeList) xpath.evaluate("//user[@name=\'" + name + "\']", doc, XPathConstants.NODESET);',
        'List<Node> nodes = document.selectNodes("/accounts/account[@id=\'" + id + "\']");',
        'val node = xpath.evaluate("//user[@name=\'$name\']", doc, XPathConstants.NODE)',
        'XPathExpression e = xpath.compile(String.format("//item[@id=\'%s\']", id));',
        'String query = "/configuration/entry[@key=\'" + key + "\']/@value";',
      ],
      good: [
        'XPathExpression expr = xpath.compile("//user[@name=$name]");',
        'Pattern p = Pattern.compile("^" + prefix);',
        'NodeList users = (NodeList) xpath.evaluate("//user", doc, XPathConstants.NODESET);',
        'Pattern p = Pattern.compile(String.format("[%s]+", chars));',
        'String query = "/configuration/entry[@key=\'retries\']/@value";',
        'private static final Pattern USER_PATH = Pattern.compile(String.format("/api/%s/users/(\\d+)", VERSION));',
      ],
    },
  },
  {
    id: 'java.xpath-dynamic',
    title: 'Check where a compiled XPath expression comes from',
    languages: JAVA,
    severity: 'info',
    confidence: 'medium',
    // On an XPath object, or chained off the call that makes one: XPathFactory.newInstance().newXPath().compile(q).
    patterns: [String.raw`\b\w{0,20}[xX][pP]ath\w{0,20}(?:\s{0,5}\(\s{0,5}\))?\s{0,5}\.\s{0,5}(?:compile|evaluate)\s{0,5}\(\s{0,10}[a-z_$][\w$.]{0,80}\s{0,5}[,)]`],
    keywords: ['xpath'],
    scope: 'code',
    lesson: 'xpath-injection',
    cwe: ['CWE-643'],
    owasp: 'A03:2021',
    message: 'The XPath expression here comes from a variable; if users can influence it they can query any part of the document, so bind their values as XPath variables.',
    examples: {
      bad: [
        'XPathExpression expr = xpath.compile(expression);',
        'Object result = xPath.evaluate(query, source, XPathConstants.NODESET);',
        'XPathExpression expr = XPathFactory.newInstance().newXPath().compile(xpathStr);',
      ],
      good: ['XPathExpression expr = xpath.compile("//order/total");', 'XPathExpression expr = xpath.compile(ORDER_TOTAL);'],
    },
  },
  {
    id: 'java.ldap-filter-concatenation',
    ...LDAP_FILTER_BUILT_RULE,
    languages: JAVA,
    patterns: [
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}"\s{0,5}\+\s{0,5}${JOINED}`,
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}\$\{?[A-Za-z_]`,
      // A format string with the value's hole inside the filter: String.format("(uid=%s)", name).
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}%s`,
    ],
    unless: [String.raw`\b(?:encodeFilterValue|escapeLDAPSearchFilter|escapeLdap\w{0,20}|LdapEncoder|Filter\s{0,5}\.\s{0,5}encodeValue|filterEncode)\b`],
    examples: {
      bad: [
        'String filter = "(&(objectClass=person)(uid=" + username + "))";',
        'NamingEnumeration<SearchResult> r = ctx.search(base, "(sAMAccountName=" + user + ")", controls);', 'val filter = "(uid=$username)"',
        'String filter = String.format("(uid=%s)", username);',
      ],
      good: [
        'NamingEnumeration<SearchResult> r = ctx.search(base, "(uid={0})", new Object[] {username}, controls);',
        'String filter = "(uid=" + LdapEncoder.filterEncode(username) + ")";',
        'String filter = String.format("(uid=%s)", LdapEncoder.filterEncode(username));',
      ],
    },
  },
  {
    id: 'java.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bsendRedirect\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${REQUEST_INPUT}`,
      String.raw`(?:\breturn\s{1,5}|\(\s{0,5})"redirect:"\s{0,5}\+\s{0,5}(?:${REQUEST_INPUT}|[a-z]\w{0,60}\s{0,5}[;)])`,
      String.raw`\bnew\s{1,5}RedirectView\s{0,5}\(\s{0,5}${REQUEST_INPUT}`,
      String.raw`\bnew\s{1,5}ModelAndView\s{0,5}\(\s{0,5}"redirect:"\s{0,5}\+\s{0,5}(?:${REQUEST_INPUT}|[a-z]\w{0,60}\s{0,5}[;),])`,
      String.raw`\bsetHeader\s{0,5}\(\s{0,5}"Location"\s{0,5},\s{0,5}(?:${REQUEST_INPUT}|[a-z]\w{0,60}\s{0,5}\))`,
      String.raw`\.\s{0,5}location\s{0,5}\(\s{0,5}URI\s{0,5}\.\s{0,5}create\s{0,5}\(\s{0,5}(?:${REQUEST_INPUT}|[a-z]\w{0,60}\s{0,5}\))`,
      // The target is a variable that holds a request value: String next = request.getParameter("next");
      String.raw`\b(?:sendRedirect|new\s{1,5}RedirectView)\s{0,5}\(\s{0,5}[a-z]\w{0,60}\s{0,5}\)`,
    ],
    keywords: ['redirect', 'location'],
    examples: {
      bad: [
        'response.sendRedirect(request.getParameter("next"));',
        '@GetMapping("/login")\npublic String login(@RequestParam String returnUrl) {\n    return "redirect:" + returnUrl;',
        'String next = request.getParameter("next");\nresponse.sendRedirect(next);',
        'response.setHeader("Location", request.getParameter("url"));',
        '@GetMapping("/go")\npublic ModelAndView go(@RequestParam String returnUrl) {\n    return new ModelAndView("redirect:" + returnUrl);',
        '@GetMapping("/go")\npublic ResponseEntity<Void> go(@RequestParam String url) {\n    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();',
        'return new RedirectView(request.getParameter("returnUrl"));',
      ],
      good: [
        'response.sendRedirect(request.getContextPath() + "/home");',
        'return "redirect:/orders/" + orderId;',
        '// response.sendRedirect(request.getParameter("next"));',
        'String next = properties.getHomeUrl();\nresponse.sendRedirect(next);',
      ],
    },
  },
  {
    id: 'java.path-from-request',
    title: 'Do not open files named by the request',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:${FILE_OPEN}|Files\s{0,5}\.\s{0,5}\w{1,30})\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${REQUEST_INPUT}`,
      String.raw`(?:\b${FILE_OPEN}|\.\s{0,5}resolve)\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?\.\s{0,5}getOriginalFilename\s{0,5}\(\s{0,5}\)`,
      // A path resolved against a folder, a web resource or a forward target named by the request.
      String.raw`\.\s{0,5}(?:resolve|getResourceAsStream|getResource|getRealPath|getRequestDispatcher)\s{0,5}\([^;\n(]{0,100}${REQUEST_INPUT}`,
      // The path's parts are variables, one of which holds a request value.
      String.raw`\b${FILE_OPEN}\s{0,5}\([^;\n()]{0,150}\)`,
    ],
    matcher: 'request-input',
    // Paths.get(name).getFileName() keeps the last part only: no ../ reaches the folder it is resolved in.
    unless: [String.raw`\.\s{0,5}getOriginalFilename\s{0,5}\(\s{0,5}\)\s{0,5}\)\s{0,5}\.\s{0,5}getFileName\s{0,5}\(`],
    keywords: ['file', 'path', 'resolve', 'getresource', 'getrealpath', 'getrequestdispatcher'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'A file path built from request input can contain ../ and reach files outside the folder you meant; resolve it and check it stays inside that folder.',
    examples: {
      bad: [
        'File f = new File(uploadDir, request.getParameter("name"));',
        'byte[] data = Files.readAllBytes(Paths.get(BASE, req.getParameter("file")));',
        'File dest = new File(uploadDir, file.getOriginalFilename());',
        'Path target = Paths.get(uploadDir).resolve(file.getOriginalFilename());',
        '@GetMapping("/download")\npublic Resource download(@RequestParam String filename) { return new FileSystemResource("/data/" + filename); }',
        'String name = request.getParameter("name");\nFile f = new File(uploadDir, name);',
        'public Resource get(@RequestParam String file) {\n    return new FileSystemResource(Paths.get(BASE, file));', 'Path target = root.resolve(request.getParameter("path"));', 'request.getRequestDispatcher(request.getParameter("page")).forward(request, response);', 'InputStream in = getServletContext().getResourceAsStream("/WEB-INF/" + request.getParameter("file"));'],
      good: [
        'String name = Paths.get(file.getOriginalFilename()).getFileName().toString();',
        'File f = new File(uploadDir, UUID.randomUUID().toString());',
        'Path target = Paths.get(uploadDir).resolve(UUID.randomUUID() + ".bin");',
        '@GetMapping("/download")\npublic Resource download(@RequestParam String id) { return new FileSystemResource("/data/report.pdf"); }',
        'String name = request.getParameter("name");',
        'String name = config.getReportName();\nFile f = new File(uploadDir, name);',
      ],
    },
  },
  {
    id: 'java.url-open-dynamic',
    title: 'Check URLs before the server fetches them',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}URL\s{0,5}\(\s{0,5}[A-Za-z_$][^;\n]{0,200}\)\s{0,20}\.\s{0,5}(?:openConnection|openStream|getContent)\s{0,5}\(`,
      // The same through a URI: new URI(target).toURL().openStream(), URI.create(target).toURL().openConnection().
      String.raw`\b(?:new\s{1,5}URI\s{0,5}\(|URI\s{0,5}\.\s{0,5}create\s{0,5}\()\s{0,5}[A-Za-z_$][^;\n]{0,200}\)\s{0,20}\.\s{0,5}toURL\s{0,5}\(\s{0,5}\)\s{0,20}\.\s{0,5}(?:openConnection|openStream|getContent)\s{0,5}\(`,
      String.raw`\bnew\s{1,5}URL\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${REQUEST_INPUT}`,
      // The host itself is a variable: "https://" + host + "/api".
      String.raw`\bnew\s{1,5}URL\s{0,5}\(\s{0,5}"(?:https?|ftp)://"\s{0,5}\+\s{0,5}[A-Za-z_$]`,
      // Helpers that fetch the URL they are given: ImageIO.read(new URL(src)), commons-io, Guava.
      String.raw`\b(?:ImageIO\s{0,5}\.\s{0,5}read|IOUtils\s{0,5}\.\s{0,5}(?:toString|toByteArray|copy)|FileUtils\s{0,5}\.\s{0,5}copyURLToFile|Resources\s{0,5}\.\s{0,5}(?:toString|toByteArray|asByteSource|asCharSource))\s{0,5}\(\s{0,5}new\s{1,5}URL\s{0,5}\(\s{0,5}[A-Za-z_$][^;\n)]{0,200}`,
    ],
    // A URL the program fixes itself: a constant, or a resource of its own.
    unlessMatch: [String.raw`\bURL\s{0,5}\(\s{0,5}(?:[A-Z][A-Z0-9_]{1,60}\s{0,5}(?:\)|$)|getClass\s{0,5}\(|[\w.]{0,60}getResource\s{0,5}\()`],
    keywords: ['url(', 'tourl('],
    scope: 'code',
    lesson: 'ssrf',
    cwe: ['CWE-918'],
    owasp: 'A10:2021',
    message: 'The server opens a URL held in a variable; if a user can set it, they can make the server fetch internal addresses or cloud metadata.',
    examples: {
      bad: [
        'HttpURLConnection conn = (HttpURLConnection) new URL(endpoint).openConnection();',
        'InputStream in = new URL(src).openStream();',
        'URL target = new URL(request.getParameter("url"));',
        'HttpURLConnection conn = (HttpURLConnection) new URL(path)\n    .openConnection();',
        'URL u = new URL("https://" + host + "/api/status");',
        'try (InputStream in = new URI(feedUrl).toURL().openStream()) {',
        'BufferedImage img = ImageIO.read(new URL(src));',
        'String body = IOUtils.toString(new URL(webhook), StandardCharsets.UTF_8);',
      ],
      good: [
        'BufferedImage img = ImageIO.read(new URL("https://cdn.example.com/logo.png"));',
        'FileUtils.copyURLToFile(new URL(GEOIP_DATABASE_URL), target);',
        'String banner = IOUtils.toString(new URL(getClass().getResource("/banner.txt").toString()), UTF_8);',
        'HttpURLConnection conn = (HttpURLConnection) new URL("https://api.example.com/v1").openConnection();',
        'URL base = new URL(BASE_URL);',
        'try (InputStream in = new URI("https://api.example.com/feed").toURL().openStream()) {',
        'URL u = new URL("https://api.example.com/users/" + id);',
      ],
    },
  },
  {
    id: 'java.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bDigestUtils\s{0,60}\.\s{0,5}sha(?:256|384|512)(?:Hex)?\s{0,5}\(\s{0,60}[\w.]{0,60}?` + PASSWORD_WORD + String.raw`\w{0,20}\b`,
      String.raw`\.\s{0,5}digest\s{0,5}\(\s{0,60}[\w.]{0,60}?` + PASSWORD_WORD + String.raw`\w{0,20}(?:\s{0,60}\.\s{0,5}getBytes\s{0,5}\([^()\n]{0,40}\))?\s{0,60}\)`,
    ],
    keywords: ['digestutils', 'digest('],
    examples: {
      bad: ['String hashed = DigestUtils.sha256Hex(password);', 'byte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));'],
      good: ['String hashed = passwordEncoder.encode(password);', 'byte[] hash = md.digest(fileBytes);'],
    },
  },
  {
    id: 'java.cors-any-origin-credentials',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: JAVA,
    patterns: [
      // Spring's CorsRegistry chain: .allowedOriginPatterns("*").allowCredentials(true)
      String.raw`\ballowedOrigin(?:Pattern)?s\s{0,5}\(\s{0,5}"\*"\s{0,5}\)[^;]{0,300}?\ballowCredentials\s{0,5}\(\s{0,5}true\s{0,5}\)`,
      // A CorsConfiguration's setters, one statement each.
      String.raw`\b(?:setAllowedOrigin(?:Pattern)?s\s{0,5}\(\s{0,5}(?:List\s{0,5}\.\s{0,5}of|Arrays\s{0,5}\.\s{0,5}asList|Collections\s{0,5}\.\s{0,5}singletonList)\s{0,5}\(\s{0,5}"\*"\s{0,5}\)|addAllowedOrigin(?:Pattern)?\s{0,5}\(\s{0,5}"\*")\s{0,5}\)[^}]{0,300}?\bsetAllowCredentials\s{0,5}\(\s{0,5}true\s{0,5}\)`,
      String.raw`\bsetAllowCredentials\s{0,5}\(\s{0,5}true\s{0,5}\)[^}]{0,300}?\b(?:setAllowedOrigin(?:Pattern)?s\s{0,5}\(\s{0,5}(?:List\s{0,5}\.\s{0,5}of|Arrays\s{0,5}\.\s{0,5}asList|Collections\s{0,5}\.\s{0,5}singletonList)|addAllowedOrigin(?:Pattern)?)\s{0,5}\(\s{0,5}"\*"`,
      String.raw`@CrossOrigin\s{0,5}\((?:[^()]{0,300}?\borigins\s{0,5}=\s{0,5}\{?\s{0,5}"\*"[^()]{0,300}?\ballowCredentials\s{0,5}=\s{0,5}"true"|[^()]{0,300}?\ballowCredentials\s{0,5}=\s{0,5}"true"[^()]{0,300}?\borigins\s{0,5}=\s{0,5}\{?\s{0,5}"\*")`,
    ],
    keywords: ['allowcredentials'],
    reach: 'block',
    examples: {
      bad: [
        'registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);',
        'config.setAllowedOrigins(List.of("*"));\nconfig.setAllowCredentials(true);',
        '@CrossOrigin(origins = "*", allowCredentials = "true")', 'config.setAllowCredentials(true);\nconfig.addAllowedOriginPattern("*");',
        'config.addAllowedOrigin("*");\nconfig.addAllowedHeader("*");\nconfig.setAllowCredentials(true);'],
      good: [
        'registry.addMapping("/**").allowedOrigins("https://app.example.com").allowCredentials(true);',
        'registry.addMapping("/**").allowedOrigins("*");',
        '@CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")',
        'config.addAllowedOrigin("https://app.example.com");\nconfig.setAllowCredentials(true);',
      ],
    },
  },
  {
    id: 'java.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: JAVA,
    patterns: [String.raw`\bBeanUtils\s{0,5}\.\s{0,5}populate\s{0,5}\([^;\n()]{1,100},\s{0,5}(?:request|req|httpRequest)\s{0,5}\.\s{0,5}getParameterMap\s{0,5}\(\s{0,5}\)`],
    keywords: ['beanutils'],
    examples: {
      bad: ['BeanUtils.populate(user, request.getParameterMap());'],
      good: ['BeanUtils.populate(user, allowedFields(request.getParameterMap()));', 'BeanUtils.copyProperties(dto, user);'],
    },
  },
  {
    id: 'java.request-body-entity-saved',
    ...MASS_ASSIGNMENT_RULE,
    title: 'Do not save entities bound whole from the request',
    languages: JAVA,
    // A handler's @RequestBody parameter, then (reported) a repository saving that same object; the matcher checks the
    // names agree and that the parameter's type is not a payload class (UserDto, CreateUserRequest).
    patterns: [
      String.raw`@(?:RequestBody|ModelAttribute)\s{1,5}(?:@Valid(?:ated)?\s{1,5})?(?:final\s{1,5})?[A-Z]\w{0,60}\s{1,5}\w{1,60}\s{0,5}[,)][\s\S]{0,600}?(?<report>\b\w{0,60}(?:[Rr]epository|[Rr]epo|[Dd]ao)\s{0,5}\.\s{0,5}(?:save|saveAndFlush|merge|persist)\s{0,5}\(\s{0,5}\w{1,60}\s{0,5}\))`,
    ],
    matcher: 'saves-bound-entity',
    keywords: ['requestbody', 'modelattribute'],
    reach: 'file',
    message: 'The entity is filled from the request body and saved as it is, so a caller can set any of its fields (role, admin, owner, balance) and the database stores it; bind a DTO with the fields a user may set and copy them over.',
    examples: {
      bad: [
        '@PutMapping("/users/{id}")\npublic User update(@RequestBody User user) {\n    return userRepository.save(user);\n}',
        '@PostMapping("/accounts")\npublic Account create(@Valid @RequestBody Account account) {\n    account.setCreatedAt(Instant.now());\n    return accountRepo.save(account);\n}',
      ],
      good: [
        '@PostMapping("/users")\npublic User create(@RequestBody CreateUserRequest req) {\n    return userRepository.save(new User(req.getName(), req.getEmail()));\n}',
        '@PutMapping("/users/{id}")\npublic User update(@RequestBody UserDto dto) {\n    User user = userRepository.findById(dto.getId()).orElseThrow();\n    user.setName(dto.getName());\n    return userRepository.save(user);\n}',
      ],
    },
  },
  {
    id: 'java.weak-password-encoder',
    title: 'Store passwords with a slow, salted encoder',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bNoOpPasswordEncoder\b`,
      String.raw`\bnew\s{1,5}(?:Md5PasswordEncoder|Md4PasswordEncoder|ShaPasswordEncoder|LdapShaPasswordEncoder|StandardPasswordEncoder)\s{0,5}\(`,
      String.raw`\bnew\s{1,5}MessageDigestPasswordEncoder\s{0,5}\(\s{0,5}"(?:MD[245]|SHA-?1?|SHA-?(?:256|384|512))"`,
    ],
    keywords: ['passwordencoder'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-916', 'CWE-256'],
    owasp: 'A02:2021',
    message: 'This encoder stores passwords in plain text or as one fast hash, so a leaked table gives them all away within hours; use BCryptPasswordEncoder or Argon2PasswordEncoder.',
    examples: {
      bad: [
        '@Bean\npublic PasswordEncoder passwordEncoder() { return NoOpPasswordEncoder.getInstance(); }',
        'PasswordEncoder encoder = new Md5PasswordEncoder();',
        'PasswordEncoder enc = new MessageDigestPasswordEncoder("MD5");',
      ],
      good: [
        '@Bean\npublic PasswordEncoder passwordEncoder() { return new BCryptPasswordEncoder(); }',
        'PasswordEncoder enc = PasswordEncoderFactories.createDelegatingPasswordEncoder();',
      ],
    },
  },
  {
    id: 'java.unsafe-deserializer-library',
    title: 'Do not deserialize arbitrary classes',
    languages: JAVA,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // fastjson's autoType, Kryo without class registration, Hessian, json-io, YamlBeans and Commons Lang all
      // instantiate whatever class the data names.
      String.raw`\bsetAutoTypeSupport\s{0,5}\(\s{0,5}true\s{0,5}\)|\bFeature\s{0,5}\.\s{0,5}SupportAutoType\b`,
      String.raw`\bsetRegistrationRequired\s{0,5}\(\s{0,5}false\s{0,5}\)`,
      String.raw`\bnew\s{1,5}Hessian2?Input\s{0,5}\(|\bJsonReader\s{0,5}\.\s{0,5}jsonToJava\s{0,5}\(|\bnew\s{1,5}YamlReader\s{0,5}\(`,
      String.raw`\bSerializationUtils\s{0,5}\.\s{0,5}deserialize\s{0,5}\(`,
    ],
    keywords: ['autotype', 'setregistrationrequired', 'hessian', 'jsontojava', 'yamlreader', 'serializationutils'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'This deserializer creates whatever classes the data names, so crafted input can run code through gadget classes on the class path; read plain data into known types, or allow-list the classes.',
    examples: {
      bad: [
        'ParserConfig.getGlobalInstance().setAutoTypeSupport(true);',
        'Object o = JSON.parseObject(body, Feature.SupportAutoType);',
        'kryo.setRegistrationRequired(false);',
        'HessianInput in = new HessianInput(is);\nObject o = in.readObject();',
        'Object obj = SerializationUtils.deserialize(bytes);',
      ],
      good: ['User u = JSON.parseObject(body, User.class);', 'kryo.setRegistrationRequired(true);', 'byte[] bytes = SerializationUtils.serialize(obj);'],
    },
  },
  {
    id: 'java.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: JAVA,
    patterns: [
      String.raw`(?:\bnew\s{1,5}(?:File|FileOutputStream)\s{0,5}\(\s{0,5}[\w.]{1,60}\s{0,5}(?:,|\+\s{0,5}(?:File\s{0,5}\.\s{0,5}separator\s{0,5}\+\s{0,5})?)|\b(?:Paths\s{0,5}\.\s{0,5}get|Path\s{0,5}\.\s{0,5}of)\s{0,5}\(\s{0,5}[\w.]{1,60}\s{0,5},|\.\s{0,5}resolve\s{0,5}\()\s{0,5}\w{0,30}[Ee]ntry\w{0,30}\s{0,5}\.\s{0,5}getName\s{0,5}\(\s{0,5}\)`,
    ],
    keywords: ['entry'],
    examples: {
      bad: ['File out = new File(destDir, entry.getName());\nFiles.copy(zip.getInputStream(entry), out.toPath());'],
      good: [
        'File out = new File(destDir, entry.getName());\nif (!out.getCanonicalPath().startsWith(destDir.getCanonicalPath() + File.separator)) {\n    throw new IOException("Entry outside target: " + entry.getName());\n}',
        'File out = new File(destDir, FilenameUtils.getName(fileName));',
      ],
    },
  },
  {
    id: 'java.regex-from-request',
    ...REGEX_FROM_REQUEST_RULE,
    languages: JAVA,
    patterns: [String.raw`\b(?:Pattern\s{0,5}\.\s{0,5}(?:compile|matches)|\.\s{0,5}(?:matches|replaceAll|replaceFirst|split))\s{0,5}\(\s{0,5}(?:${REQUEST_INPUT}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`],
    unless: [String.raw`\bPattern\s{0,5}\.\s{0,5}quote\s{0,5}\(`],
    keywords: ['pattern.', 'matches', 'replaceall', 'replacefirst', 'split'],
    examples: {
      bad: ['Pattern p = Pattern.compile(request.getParameter("filter"));', 'String q = request.getParameter("q");\nboolean hit = name.matches(q);'],
      good: ['Pattern p = Pattern.compile(Pattern.quote(request.getParameter("filter")));', 'String q = config.getPattern();\nboolean hit = name.matches(q);'],
    },
  },
  {
    id: 'java.jndi-lookup-request',
    title: 'Do not look up JNDI names from the request',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`(?:\bnew\s{1,5}InitialContext\s{0,5}\([^()\n]{0,60}\)|\b\w{0,30}(?:[Cc]ontext|[Cc]tx)\w{0,30})\s{0,5}\.\s{0,5}lookup\s{0,5}\(\s{0,5}(?:${REQUEST_INPUT}|[A-Za-z_$][\w$]{0,60}\s{0,5}\))`],
    matcher: 'request-input',
    keywords: ['lookup'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-74', 'CWE-20'],
    owasp: 'A03:2021',
    message: 'A JNDI name from the request can point at an attacker\'s LDAP or RMI server, which hands back a class the JVM loads and runs (the Log4Shell attack); look up only fixed names.',
    examples: {
      bad: ['Object obj = new InitialContext().lookup(request.getParameter("resource"));'],
      good: ['DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/orders");', 'User u = cache.lookup(request.getParameter("id"));'],
    },
  },
  {
    id: 'java.reflection-from-request',
    title: 'Do not load classes named by the request',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`(?:\bClass\s{0,5}\.\s{0,5}forName|\.\s{0,5}(?:getMethod|getDeclaredMethod|loadClass))\s{0,5}\(\s{0,5}(?:${REQUEST_INPUT}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`],
    matcher: 'request-input',
    keywords: ['forname', 'getmethod', 'getdeclaredmethod', 'loadclass'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-470'],
    owasp: 'A03:2021',
    message: 'The request names the class or method to load, so a caller can reach any class on the classpath or any method of the object, including dangerous ones; map the value to an allow-list.',
    examples: {
      bad: ['Class<?> handler = Class.forName(request.getParameter("type"));', 'Method m = obj.getClass().getMethod(request.getParameter("action"));', '@PostMapping("/run")\npublic void run(@RequestParam String type) throws Exception {\n    Object o = Class.forName(type).getDeclaredConstructor().newInstance();'],
      good: ['Class<?> driver = Class.forName("org.postgresql.Driver");', 'Class<?> handler = HANDLERS.get(request.getParameter("type"));', 'Method m = obj.getClass().getMethod(ACTIONS.get(request.getParameter("action")));'],
    },
  },
  {
    id: 'java.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: JAVA,
    patterns: [
      // Spring's RestTemplate and WebClient, Apache HttpClient, java.net.http, Jsoup and OkHttp, given a URL from the
      // request.
      String.raw`(?:\.\s{0,5}(?:getForObject|getForEntity|postForObject|postForEntity|exchange|uri)|\bnew\s{1,5}Http(?:Get|Post|Put|Delete|Head|Patch)|\bURI\s{0,5}\.\s{0,5}create|\bJsoup\s{0,5}\.\s{0,5}connect|\bHttpRequest\s{0,5}\.\s{0,5}newBuilder|\bWebClient\s{0,5}\.\s{0,5}create|\bRequest\s{0,5}\.\s{0,5}Builder\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}url|\bRequest\s{0,5}\.\s{0,5}(?:Get|Post|Put|Delete|Head|Patch))\s{0,5}\(\s{0,5}(?:URI\s{0,5}\.\s{0,5}create\s{0,5}\(\s{0,5})?(?:${REQUEST_INPUT}|[A-Za-z_$][\w$]{0,60}\s{0,5}[,)])`,
    ],
    // A redirect's Location built with URI.create is java.open-redirect's finding, not a fetch.
    unless: [String.raw`\.\s{0,5}location\s{0,5}\(\s{0,5}URI\s{0,5}\.\s{0,5}create`],
    keywords: ['getfor', 'postfor', 'exchange', '.uri(', 'uri.create', 'new http', 'jsoup', 'newbuilder', 'webclient.create', 'builder()', 'request.get(', 'request.post(', 'request.put(', 'request.delete(', 'request.head(', 'request.patch('],
    examples: {
      bad: [
        'String body = restTemplate.getForObject(request.getParameter("url"), String.class);',
        '@GetMapping("/preview")\npublic String preview(@RequestParam String url) {\n    return restTemplate.getForObject(url, String.class);',
        'HttpGet get = new HttpGet(request.getParameter("target"));',
        'Document doc = Jsoup.connect(req.getParameter("page")).get();',
        'Request req = new Request.Builder().url(request.getParameter("callback")).build();',
        '@PostMapping("/hooks")\npublic void hook(@RequestParam String callbackUrl) {\n    WebClient.create(callbackUrl).post().retrieve();',
        '@GetMapping("/preview")\npublic String preview(@RequestParam String link) throws IOException {\n    return Request.Get(link).execute().returnContent().asString();',
      ],
      good: [
        'String body = restTemplate.getForObject("https://api.example.com/status", String.class);',
        '@GetMapping("/preview")\npublic String preview(@RequestParam String id) {\n    return restTemplate.getForObject(baseUrl + "/items/{id}", String.class, id);',
        'HttpGet get = new HttpGet(properties.getHealthUrl());',
        'WebClient client = WebClient.create("https://api.example.com");',
        'Request req = new Request.Builder().url(HEALTH_URL).build();',
      ],
    },
  },
  {
    id: 'java.jwt-unverified',
    ...JWT_SIGNATURE_UNCHECKED_RULE,
    languages: JAVA,
    patterns: [
      // jjwt's parseClaimsJwt and parseUnsecured* read unsigned tokens; Algorithm.none() and PlainJWT sign nothing.
      String.raw`\.\s{0,5}(?:parseClaimsJwt|parsePlaintextJwt|parseUnsecuredClaims|parseUnsecuredContent)\s{0,5}\(`,
      String.raw`\bAlgorithm\s{0,5}\.\s{0,5}none\s{0,5}\(\s{0,5}\)|\bPlainJWT\s{0,5}\.\s{0,5}parse\s{0,5}\(`,
      // auth0's JWT.decode reads claims unverified: reported when the identity is taken from it (reading the expiry
      // of one's own token is fine). jjwt's parse() accepts an unsigned token.
      String.raw`\bJWT\s{0,5}\.\s{0,5}decode\s{0,5}\([^;\n]{1,100}\)(?:\s{0,5}\.\s{0,5}(?:getSubject|getClaims?)\s{0,5}\(|\s{0,5};[^;]{0,200}?\.\s{0,5}(?:getSubject|getClaims?)\s{0,5}\()`,
      String.raw`\bJwts\s{0,5}\.\s{0,5}parser\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}parse\s{0,5}\(`,
    ],
    keywords: ['parseclaimsjwt', 'parseplaintextjwt', 'parseunsecured', 'algorithm.none', 'plainjwt', 'jwt.decode', 'jwts'],
    reach: 'block',
    message: 'This reads a JWT without checking its signature (or makes one without any), so anyone can write a token with the claims they like; parse signed tokens (parseClaimsJws, JWT.require(...).verify).',
    examples: {
      bad: [
        'Claims claims = Jwts.parser().setSigningKey(key).parseClaimsJwt(token).getBody();',
        'String token = JWT.create().withSubject(user).sign(Algorithm.none());',
        'DecodedJWT jwt = JWT.decode(token);\nString user = jwt.getSubject();',
        'Jwt<Header, Claims> jwt = Jwts.parser().parse(token);',
      ],
      good: [
        'Claims claims = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();',
        'DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).build().verify(token);',
        'Date expiresAt = JWT.decode(accessToken).getExpiresAt();',
      ],
    },
  },
  {
    id: 'java.socket-dynamic-host',
    title: 'Check hosts before the server connects to them',
    languages: JAVA,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\bnew\s{1,5}(?:InetSocketAddress|Socket)\s{0,5}\(\s{0,5}[A-Za-z_$][^,;\n()]{0,100}(?:\([^;\n()]{0,100}\))?\s{0,5},`],
    unlessMatch: [String.raw`\b(?:getLocalHost|getLoopbackAddress|InetAddress\s{0,5}\.\s{0,5}getByName\s{0,5}\(\s{0,5}"|LOCALHOST|localhost|LOOPBACK)`],
    keywords: ['inetsocketaddress', 'socket('],
    scope: 'code',
    lesson: 'ssrf',
    cwe: ['CWE-918'],
    owasp: 'A10:2021',
    message: 'The server connects to a host taken from a variable; if users can set it, they can reach internal services, so check it against an allow-list.',
    examples: {
      bad: ['socket.connect(new InetSocketAddress(host, port), timeout);', 'Socket s = new Socket(targetHost, targetPort);'],
      good: [
        'server.bind(new InetSocketAddress(port));',
        'socket.connect(new InetSocketAddress("db.internal", 5432));',
        'new InetSocketAddress(InetAddress.getLoopbackAddress(), port)',
        'Socket s = new Socket();',
        'Socket s = new Socket("localhost", port);',
      ],
    },
  },
  {
    id: 'java.servlet-xss',
    title: 'Encode request values written to the response',
    languages: JAVA,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\.\s{0,5}getWriter\s{0,5}\(\s{0,5}\)${WRITER_PRINT}[^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${REQUEST_INPUT}`,
      String.raw`\bsendError\s{0,5}\([^;\n(]{0,100}${REQUEST_INPUT}`,
      // A variable holding a request value, in an error page's message.
      String.raw`\bsendError\s{0,5}\([^;\n]{0,200}`,
      // A variable holding a request value, written through the response's writer (`out` by servlet and JSP habit).
      String.raw`(?:\.\s{0,5}getWriter\s{0,5}\(\s{0,5}\)|(?:^|[^.\w])out)${WRITER_PRINT}[^;\n]{0,200}`,
      // Spring: a body declared HTML and built with a request value.
      String.raw`\bcontentType\s{0,5}\(\s{0,5}(?:MediaType\s{0,5}\.\s{0,5}TEXT_HTML(?:_VALUE)?|"text/html[^"\n]{0,30}")\s{0,5}\)\s{0,60}\.\s{0,5}body\s{0,5}\([^;]{0,300}`,
    ],
    // An escape on the line, or in a body that runs on to the lines below.
    unless: [HTML_ESCAPE],
    unlessMatch: [HTML_ESCAPE],
    matcher: 'request-input',
    keywords: ['getwriter', 'senderror', 'out.', 'text_html', 'text/html'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'A request value is written into the HTML response unencoded, so a link with a script in it runs that script in the victim\'s session.',
    examples: {
      bad: [
        'response.getWriter().println("Hello " + request.getParameter("name"));',
        'String name = req.getParameter("name");\nPrintWriter out = resp.getWriter();\nout.write("<h1>Hello " + name + "</h1>");',
        'response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + request.getParameter("page"));',
        'String id = request.getParameter("id");\nresponse.sendError(404, "No item with id " + id);',
        'String file = req.getParameter("file");\nPath p = baseDir.resolve(file).normalize();\nif (!Files.exists(p)) {\n    resp.sendError(404, "File not found: " + file);',
        '@GetMapping("/echo")\npublic ResponseEntity<String> echo(@RequestParam String msg) {\n    return ResponseEntity.ok()\n            .contentType(MediaType.TEXT_HTML)\n            .body("<div class=\\"msg\\">" + msg + "</div>");',
      ],
      good: [
        'response.getWriter().println("Hello " + Encode.forHtml(request.getParameter("name")));',
        'response.getWriter().println("Hello");',
        'String name = req.getParameter("name");\nSystem.out.println("lookup " + name);',
        'String name = user.getDisplayName();\nout.write("<h1>Hello " + name + "</h1>");',
        'String id = request.getParameter("id");\nresponse.sendError(404, "No such item");',
        '@GetMapping("/echo")\npublic ResponseEntity<String> echo(@RequestParam String msg) {\n    return ResponseEntity.ok()\n            .contentType(MediaType.TEXT_HTML)\n            .body("<div class=\\"msg\\">" + HtmlUtils.htmlEscape(msg) + "</div>");',
      ],
    },
  },
  {
    id: 'java.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: JAVA,
    patterns: [
      String.raw`${SET_ALLOW_ORIGIN}[^;\n(]{0,60}${REQUEST_INPUT}`,
      String.raw`${SET_ALLOW_ORIGIN}\s{0,5}\w{1,60}\s{0,5}\)`,
    ],
    ignoreCase: false,
    examples: {
      bad: ['response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));', 'String origin = req.getHeader("Origin");\nresp.setHeader("Access-Control-Allow-Origin", origin);'],
      good: ['response.setHeader("Access-Control-Allow-Origin", "https://app.example.com");', 'if (ALLOWED.contains(origin)) response.setHeader("Access-Control-Allow-Origin", origin);'],
    },
  },
  {
    id: 'java.exception-to-response',
    ...EXCEPTION_TEXT_RESPONSE_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\.\s{0,5}printStackTrace\s{0,5}\(\s{0,5}(?:new\s{1,5}PrintWriter\s{0,5}\(\s{0,5})?(?:response|resp|res|httpResponse)\s{0,5}\.\s{0,5}get(?:Writer|OutputStream)\s{0,5}\(`,
      String.raw`${DOMAIN_EXCEPTION_HANDLER}(?<report>\b(?:response|resp|res|httpResponse)\s{0,5}\.\s{0,5}sendError\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${EXCEPTION_TEXT})`,
      String.raw`${DOMAIN_EXCEPTION_HANDLER}(?<report>\b(?:response|resp|res|httpResponse)\s{0,5}\.\s{0,5}getWriter\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}(?:print|println|write)\s{0,5}\([^;\n(]{0,100}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?${EXCEPTION_TEXT})`,
      // Spring: a ResponseEntity whose body is the exception's text.
      String.raw`${DOMAIN_EXCEPTION_HANDLER}(?<report>(?:\.\s{0,5}body|\bnew\s{1,5}ResponseEntity\s{0,5}(?:<[^<>\n]{0,60}>)?)\s{0,5}\(\s{0,5}(?:"[^"\n]{0,200}"\s{0,5}\+\s{0,5})?${EXCEPTION_TEXT})`,
    ],
    keywords: ['printstacktrace', 'senderror', 'getwriter', 'body', 'responseentity'],
    examples: {
      bad: [
        'e.printStackTrace(response.getWriter());',
        'resp.sendError(500, "Failed: " + e.getMessage());',
        'response.getWriter().println("Error: " + e.getMessage());',
        'catch (Exception e) { return ResponseEntity.status(500).body(e.toString()); }',
        'return new ResponseEntity<>("Error: " + ex.getMessage(), HttpStatus.INTERNAL_SERVER_ERROR);',
        '} catch (SQLException ex) {\n    return ResponseEntity.status(500).body(ex.getMessage());',
        '} catch (NotFoundException ex) {\n    return ResponseEntity.status(404).body(ex.toString());',
      ],
      good: [
        'log.error("Request failed", e);',
        'resp.sendError(500, "Internal error");',
        'e.printStackTrace();',
        'catch (Exception e) { log.error("failed", e); return ResponseEntity.status(500).body("Internal error"); }',
        '@ExceptionHandler(IllegalArgumentException.class)\npublic ResponseEntity<String> badRequest(IllegalArgumentException ex) {\n    return ResponseEntity.badRequest().body(ex.getMessage());',
        '} catch (UserNotFoundException | ValidationException ex) {\n    resp.sendError(400, ex.getMessage());',
      ],
    },
  },
  {
    id: 'java.cookie-flags-disabled',
    ...INSECURE_COOKIE_RULE,
    languages: JAVA,
    patterns: [String.raw`\.\s{0,5}set(?:Secure|HttpOnly)\s{0,5}\(\s{0,5}false\s{0,5}\)`, String.raw`\.\s{0,5}(?:secure|httpOnly)\s{0,5}\(\s{0,5}false\s{0,5}\)`],
    // HttpOnly left off a cookie scripts must read (XSRF-TOKEN, theme) on purpose; Secure is still reported.
    matcher: 'http-only-needed',
    keywords: ['secure', 'httponly'],
    examples: {
      bad: [
        'themeCookie.setSecure(false);','cookie.setHttpOnly(false);', 'ResponseCookie c = ResponseCookie.from("SESSION", id).secure(false).build();'],
      good: [
        'themeCookie.setHttpOnly(false);','cookie.setHttpOnly(true);', 'cookie.setSecure(true);'],
    },
  },
  {
    id: 'java.cookie-without-flags',
    title: 'Set Secure and HttpOnly on new cookies',
    languages: JAVA,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\bnew\s{1,5}Cookie\s{0,5}\(`],
    unless: [String.raw`\bset(?:Secure|HttpOnly)\b`],
    keywords: ['cookie('],
    scope: 'code',
    lesson: 'insecure-cookies',
    cwe: ['CWE-614', 'CWE-1004'],
    owasp: 'A05:2021',
    message: 'Servlet cookies are created without Secure and HttpOnly; set both (and SameSite) on session or auth cookies.',
    examples: {
      bad: ['Cookie c = new Cookie("session", token);'],
      good: ['Cookie c = new Cookie("session", token); c.setSecure(true); c.setHttpOnly(true);', 'Cookie[] cookies = request.getCookies();'],
    },
  },
  {
    id: 'java.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: JAVA,
    patterns: [
      // A Set-Cookie header written by hand for a session or token cookie.
      String.raw`\b(?:setHeader|addHeader)\s{0,5}\(\s{0,5}"Set-Cookie"\s{0,5},\s{0,5}"${AUTH_COOKIE_NAME}=[^\n]{0,300}`,
      // A session or token cookie made and added to the response with no flag set in between.
      String.raw`(?<report>\bnew\s{1,5}Cookie\s{0,5}\(\s{0,5}(?:"${AUTH_COOKIE_NAME}"|${AUTH_COOKIE_VARIABLE})\s{0,5},)[^;]{0,200};[\s\S]{0,400}?\baddCookie\s{0,5}\(`,
    ],
    // A flag set on the way (setSecure, setHttpOnly, "; Secure; HttpOnly"); a deletion or CSRF cookie.
    unlessMatch: [String.raw`[Ss]ecure|SECURE|[Hh]ttp[Oo]nly|HTTPONLY`, ...NOT_A_SESSION_COOKIE],
    keywords: ['set-cookie', 'cookie('],
    examples: {
      bad: [
        'response.addHeader("Set-Cookie", "session=" + sid + "; Path=/");',
        'response.setHeader("Set-Cookie", "sid=" + sid + "; SameSite=None");',
        'Cookie cookie = new Cookie("sessionId", sessionId);\nresponse.addCookie(cookie);',
        'Cookie c = new Cookie(AUTH_TOKEN_COOKIE, token);\nc.setPath("/");\nresponse.addCookie(c);',
        'Cookie c = new Cookie("JSESSIONID", session.getId());\nresponse.addCookie(c);',
      ],
      good: [
        'response.addHeader("Set-Cookie", "session=" + sid + "; Path=/; Secure; HttpOnly; SameSite=Lax");',
        'response.addHeader("Set-Cookie", "theme=" + theme + "; Path=/");',
        'Cookie cookie = new Cookie("sessionId", sessionId);\ncookie.setSecure(true);\ncookie.setHttpOnly(true);\nresponse.addCookie(cookie);',
        'Cookie cookie = new Cookie("lang", lang);\nresponse.addCookie(cookie);',
        'Cookie c = new Cookie("JSESSIONID", null);\nc.setMaxAge(0);\nc.setPath("/");\nresponse.addCookie(c);',
        'Cookie c = new Cookie("XSRF-TOKEN", csrf.getToken());\nc.setPath("/");\nresponse.addCookie(c);',
        'Cookie c = new Cookie("PreferredAuthor", author);\nresponse.addCookie(c);',
        'Cookie c = new Cookie("loginHint", email);\nresponse.addCookie(c);',
        'response.addHeader("Set-Cookie", "session=; Max-Age=0; Path=/");',
      ],
    },
  },
  {
    id: 'java.spring-csrf-disabled',
    ...CSRF_PROTECTION_DISABLED_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\.\s{0,5}csrf\s{0,5}\(\s{0,5}\)\s{0,40}\.\s{0,5}disable\s{0,5}\(`,
      String.raw`\bcsrf\s{0,5}\(\s{0,5}(?:AbstractHttpConfigurer\s{0,5}::\s{0,5}disable|\w{1,30}\s{0,5}->\s{0,5}\w{1,30}\s{0,5}\.\s{0,5}disable\s{0,5}\(\s{0,5}\)|\{\s{0,5}(?:it\s{0,5}\.\s{0,5})?disable\s{0,5}\(\s{0,5}\)\s{0,5}\})`,
      String.raw`\bcsrf\s{0,5}\{\s{0,20}disable\s{0,5}\(\s{0,5}\)`,
    ],
    keywords: ['csrf'],
    examples: {
      bad: ['http.csrf().disable();', 'http.csrf(AbstractHttpConfigurer::disable);', 'http.csrf(csrf -> csrf.disable())', 'http {\n    csrf { disable() }\n}'],
      good: ['http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));', 'http.csrf(withDefaults());'],
    },
  },
  {
    id: 'java.spring-permit-all',
    title: 'Do not permit every request',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\banyRequest\s{0,5}\(\s{0,5}\)\s{0,40}\.\s{0,5}permitAll\s{0,5}\(`,
      // Paths Spring Security ignores entirely: every path.
      String.raw`\bignoring\s{0,5}\(\s{0,5}\)\s{0,40}\.\s{0,5}(?:antMatchers|requestMatchers|mvcMatchers)\s{0,5}\(\s{0,5}"/\*\*"\s{0,5}\)`,
    ],
    keywords: ['permitall', 'ignoring'],
    scope: 'code',
    lesson: 'disabled-protections',
    cwe: ['CWE-284', 'CWE-306'],
    owasp: 'A01:2021',
    message: 'This lets every request through without a login, so each endpoint the application has (admin ones included) is open to anyone; permit the public paths by name and end with anyRequest().authenticated().',
    examples: {
      bad: ['http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());', 'http.authorizeRequests().anyRequest().permitAll();', 'return web -> web.ignoring().requestMatchers("/**");'],
      good: ['.requestMatchers("/public/**").permitAll()\n.anyRequest().authenticated()', 'return web -> web.ignoring().requestMatchers("/favicon.ico");'],
    },
  },
  {
    id: 'java.spring-frame-options-disabled',
    title: 'Keep frame protection on',
    languages: JAVA,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bframeOptions\s{0,5}\(\s{0,5}\)\s{0,40}\.\s{0,5}disable\s{0,5}\(`,
      String.raw`\bframeOptions\s{0,5}\(\s{0,5}(?:\w{1,30}\s{0,5}->\s{0,5}\w{1,30}\s{0,5}\.\s{0,5}disable\s{0,5}\(|(?:HeadersConfigurer\s{0,5}\.\s{0,5})?FrameOptionsConfig\s{0,5}::\s{0,5}disable)`,
    ],
    keywords: ['frameoptions'],
    scope: 'code',
    lesson: 'disabled-protections',
    cwe: ['CWE-1021'],
    owasp: 'A05:2021',
    message: 'With X-Frame-Options off any site can show your pages in an invisible frame and trick users into clicks they did not mean (clickjacking); use sameOrigin() where frames are needed, and only in development.',
    examples: {
      bad: ['http.headers().frameOptions().disable();', 'http.headers(h -> h.frameOptions(f -> f.disable()));', 'http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable));'],
      good: ['http.headers().frameOptions().sameOrigin();', 'http.headers(h -> h.frameOptions(f -> f.sameOrigin()));'],
    },
  },
  {
    id: 'java.session-fixation-off',
    title: 'Keep session fixation protection on',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\.\s{0,5}sessionFixation\s{0,5}\(\s{0,5}\)\s{0,20}\.\s{0,5}none\s{0,5}\(`,
      String.raw`\bsessionFixation\s{0,5}(?:\(\s{0,5}(?:SessionFixationConfigurer\s{0,5}::\s{0,5}none|\w{1,30}\s{0,5}->\s{0,5}\w{1,30}\s{0,5}\.\s{0,5}none\s{0,5}\()|\{\s{0,20}none\s{0,5}\()`,
    ],
    keywords: ['sessionfixation'],
    scope: 'code',
    lesson: 'insecure-cookies',
    cwe: ['CWE-384'],
    owasp: 'A07:2021',
    message: 'With session fixation protection off the session id stays the same across login, so an attacker who planted an id in the victim\'s browser is signed in with them; keep the default (changeSessionId or migrateSession).',
    examples: {
      bad: ['http.sessionManagement().sessionFixation().none();', 'http.sessionManagement(s -> s.sessionFixation(f -> f.none()));', 'http.sessionManagement(s -> s.sessionFixation(SessionFixationConfigurer::none));'],
      good: ['http.sessionManagement().sessionFixation().migrateSession();', 'http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));'],
    },
  },
  {
    id: 'java.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\bnew\s{1,5}PBEKeySpec\s{0,5}\(\s{0,5}[^,;\n]{1,100},\s{0,5}[^,;\n]{1,100},\s{0,5}\d{1,4}\s{0,5}[,)]`,
      String.raw`\b(?:BCrypt\s{0,5}\.\s{0,5}gensalt|new\s{1,5}BCryptPasswordEncoder)\s{0,5}\(\s{0,5}[4-9]\s{0,5}[,)]`,
    ],
    keywords: ['pbekeyspec', 'gensalt', 'bcryptpasswordencoder'],
    examples: {
      bad: ['PBEKeySpec spec = new PBEKeySpec(password, salt, 1000, 256);', 'String h = BCrypt.hashpw(pw, BCrypt.gensalt(4));', 'return new BCryptPasswordEncoder(6);'],
      good: ['PBEKeySpec spec = new PBEKeySpec(password, salt, 600000, 256);', 'PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);', 'return new BCryptPasswordEncoder(12);', 'String h = BCrypt.hashpw(pw, BCrypt.gensalt());'],
    },
  },
  {
    id: 'java.fixed-temp-path',
    ...FIXED_TEMP_PATH_RULE,
    languages: JAVA,
    // A file written at a fixed name in the shared temp folder (reads of such a file are left alone).
    patterns: [
      String.raw`\bnew\s{1,5}(?:FileOutputStream|FileWriter|PrintWriter|RandomAccessFile)\s{0,5}\(\s{0,60}"/tmp/[\w.-][^"\n]{0,200}"`,
      String.raw`\bFiles\s{0,5}\.\s{0,5}(?:write|writeString|newBufferedWriter|newOutputStream|createFile|createDirectory|createDirectories)\s{0,5}\(\s{0,60}Paths?\s{0,5}\.\s{0,5}(?:get|of)\s{0,5}\(\s{0,60}"/tmp/[\w.-]`,
    ],
    keywords: ['/tmp/'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the write lands where they chose; use Files.createTempFile() or a folder from Files.createTempDirectory().',
    examples: {
      bad: ['try (FileWriter w = new FileWriter("/tmp/cache.dat")) {', 'Files.writeString(Path.of("/tmp/session.json"), json);'],
      good: ['try (FileReader r = new FileReader("/tmp/in.dat")) {', 'Path tmp = Files.createTempFile("session", ".json");', 'Files.writeString(dir.resolve("session.json"), json);'],
    },
  },
  {
    id: 'java.temp-file-shared-permissions',
    ...FIXED_TEMP_PATH_RULE,
    title: 'Create temp files with Files.createTempFile',
    // File.createTempFile makes a file that other local users can read (umask permissions) in the shared temp folder.
    patterns: [String.raw`\bFile\s{0,5}\.\s{0,5}createTempFile\s{0,5}\(`],
    languages: JAVA,
    keywords: ['createtempfile'],
    cwe: ['CWE-377', 'CWE-379'],
    message: 'File.createTempFile puts the file in the shared temp folder with the permissions of the umask, usually readable by every local user; use Files.createTempFile, which makes it readable by its owner alone on POSIX systems.',
    examples: {
      bad: ['File tmp = File.createTempFile("upload", ".tmp");', 'File f = java.io.File.createTempFile("export", ".csv", new File(System.getProperty("java.io.tmpdir")));'],
      good: ['Path tmp = Files.createTempFile("upload", ".tmp");', 'File tmp = Files.createTempFile(dir, "upload", ".tmp").toFile();'],
    },
  },
  {
    id: 'java.world-accessible-file',
    ...WORLD_WRITABLE_FILE_RULE,
    // Android's MODE_WORLD_READABLE and setReadable(true, false) count too: on a phone every other app can read the file.
    title: 'Do not make files world-readable or world-writable',
    message: 'This lets every user or app on the device read or change the file, exposing or tampering with its contents.',
    languages: JAVA,
    patterns: [
      String.raw`\bMODE_WORLD_(?:READABLE|WRITEABLE)\b`,
      String.raw`\bPosixFilePermissions\s{0,5}\.\s{0,5}fromString\s{0,5}\(\s{0,5}"[r-][w-][x-][r-][w-][x-][r-]w[x-]"`,
      String.raw`\.\s{0,5}set(?:Writable|Readable|Executable)\s{0,5}\(\s{0,5}true\s{0,5},\s{0,5}false\s{0,5}\)`,
      String.raw`\bPosixFilePermission\s{0,5}\.\s{0,5}OTHERS_WRITE\b`,
    ],
    keywords: ['mode_world', 'posixfilepermission', 'setwritable', 'setreadable', 'setexecutable'],
    examples: {
      bad: [
        'SharedPreferences prefs = context.getSharedPreferences("cfg", Context.MODE_WORLD_READABLE);',
        'Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));',
        'file.setWritable(true, false);', 'perms.add(PosixFilePermission.OTHERS_WRITE);'],
      good: [
        'SharedPreferences prefs = context.getSharedPreferences("cfg", Context.MODE_PRIVATE);',
        'Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));',
        'file.setWritable(true, true);', 'perms.add(PosixFilePermission.OWNER_WRITE);'],
    },
  },
  {
    id: 'java.webview-debugging',
    title: 'Do not ship WebView debugging enabled',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bsetWebContentsDebuggingEnabled\s{0,5}\(\s{0,5}true\s{0,5}\)`],
    unless: [String.raw`\bBuildConfig\s{0,5}\.\s{0,5}DEBUG\b`],
    keywords: ['setwebcontentsdebuggingenabled'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-489'],
    owasp: 'A05:2021',
    message: 'WebView debugging lets anyone with USB access inspect and script the app\'s web content, including its cookies and tokens.',
    examples: {
      bad: ['WebView.setWebContentsDebuggingEnabled(true);'],
      good: ['WebView.setWebContentsDebuggingEnabled(BuildConfig.DEBUG);', 'if (BuildConfig.DEBUG) WebView.setWebContentsDebuggingEnabled(true);'],
    },
  },
  {
    id: 'java.script-engine-eval',
    title: 'Do not evaluate dynamic scripts or expressions',
    languages: JAVA,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`(?:\b(?:engine|scriptEngine|jsEngine|nashorn|shell|groovyShell|groovy|interpreter)|\bGroovyShell\s{0,5}\([^()\n]{0,100}\))\s{0,5}\.\s{0,5}(?:eval|evaluate)\s{0,5}\(\s{0,5}(?:[A-Za-z_$]|"[^"\n(]{0,200}"\s{0,5}\+)`,
      // A JSR-223 engine fetched and run at once, or kept in a ScriptEngine variable and run a few lines on.
      String.raw`\bgetEngineBy(?:Name|Extension|MimeType)\s{0,5}\([^()\n]{0,60}\)\s{0,5}\.\s{0,5}eval\s{0,5}\(\s{0,5}(?:[A-Za-z_$]|"[^"\n(]{0,200}"\s{0,5}\+)`,
      String.raw`\bScriptEngine\s{1,5}[\w$]{1,40}\s{0,5}=[^;\n]{0,200};[\s\S]{0,300}?(?<report>\b[\w$]{1,40}\s{0,5}\.\s{0,5}eval\s{0,5}\(\s{0,5}(?:[A-Za-z_$]|"[^"\n(]{0,200}"\s{0,5}\+))`,
      // Bean Validation's message templates are Jakarta EL: a value joined into one is evaluated.
      String.raw`\bbuildConstraintViolationWithTemplate\s{0,5}\(\s{0,5}(?:"[^"\n]{0,200}"\s{0,5}\+|[A-Za-z_$][\w$.]{0,60}\s{0,5}\+|String\s{0,5}\.\s{0,5}format\s{0,5}\()`,
      // Groovy's Eval: the script is the last argument (Eval.me(expr), Eval.x(value, expr), Eval.xy(a, b, expr), ...).
      String.raw`\bEval\s{0,5}\.\s{0,5}(?:me\s{0,5}\((?:[^,;\n()]{1,100},[^,;\n()]{1,100},)?|x\s{0,5}\([^,;\n()]{1,100},|xy\s{0,5}\((?:[^,;\n()]{1,100},){2}|xyz\s{0,5}\((?:[^,;\n()]{1,100},){3})\s{0,5}(?:[A-Za-z_$]|"[^"\n(]{0,200}"\s{0,5}\+)`,
      String.raw`\.\s{0,5}parseExpression\s{0,5}\(\s{0,5}(?:[a-z_$]|"[^"\n]{0,200}"\s{0,5}\+)`,
      // MVEL, OGNL, JEXL, Jakarta EL and Velocity evaluate their text too.
      String.raw`\b(?:MVEL\s{0,5}\.\s{0,5}(?:eval|executeExpression|compileExpression)|Ognl\s{0,5}\.\s{0,5}(?:getValue|parseExpression)|\w{0,20}[Jj]exl\w{0,20}\s{0,5}\.\s{0,5}create(?:Expression|Script)|\w{0,20}(?:ELProcessor|elp|processor)\s{0,5}\.\s{0,5}eval)\s{0,5}\(\s{0,5}(?:[a-z_$]|"[^"\n]{0,200}"\s{0,5}\+)`,
      String.raw`\bVelocity\s{0,5}\.\s{0,5}evaluate\s{0,5}\([^;\n]{1,200},\s{0,5}(?:[a-z_$][\w$]{0,60}|"[^"\n]{0,200}"\s{0,5}\+[^;\n]{0,100})\s{0,5}\)`,
      // FreeMarker's template made from a string that is not a constant.
      String.raw`\bnew\s{1,5}Template\s{0,5}\([^;\n]{0,100}new\s{1,5}StringReader\s{0,5}\(\s{0,5}(?:[a-z_$]|"[^"\n]{0,200}"\s{0,5}\+)`,
    ],
    keywords: ['eval', 'parseexpression', 'mvel', 'ognl', 'jexl', 'stringreader', 'executeexpression', 'compileexpression', 'getvalue', 'buildconstraintviolationwithtemplate'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'A script or expression engine runs this dynamic text as code, so input that reaches it can call any Java class on the server.',
    examples: {
      bad: [
        'Object result = engine.eval(userScript);',
        'Expression exp = parser.parseExpression(request.getParameter("q"));',
        'def r = new GroovyShell().evaluate(code)',
        'Object result = MVEL.eval(expression, vars);',
        'Object value = Ognl.getValue(expression, context, root);',
        'JexlExpression e = jexl.createExpression(userExpr);',
        'Velocity.evaluate(context, writer, "tmpl", userTemplate);',
        'Template t = new Template("name", new StringReader(userTemplate), cfg);',
        'def result = Eval.me(params.formula)',
        'Object r = new ScriptEngineManager().getEngineByName("nashorn").eval(script);',
        'ScriptEngine js = manager.getEngineByName("JavaScript");\nObject out = js.eval(userCode);',
        'context.buildConstraintViolationWithTemplate("Invalid value: " + value).addConstraintViolation();',
      ],
      good: [
        'Object result = engine.eval("1 + 1");',
        'Expression exp = parser.parseExpression("amount * rate");',
        'Object result = MVEL.eval("a + b", vars);',
        'Template t = cfg.getTemplate("invoice.ftl");',
        'def net = Eval.x(price, "x * 0.8")',
        'Object r = new ScriptEngineManager().getEngineByName("nashorn").eval("1 + 2");',
        'ScriptEngine js = manager.getEngineByName("JavaScript");\nObject out = js.eval("40 + 2");',
        'context.buildConstraintViolationWithTemplate("Invalid value: {validatedValue}").addConstraintViolation();',
      ],
    },
  },
  {
    id: 'java.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: JAVA,
    patterns: [
      // String dbPassword = "..."; private static final String API_KEY = "..."; (Kotlin and Scala: val password = "...")
      CREDENTIAL_IDENTIFIER + String.raw`(?:\s{0,5}:\s{0,5}String)?\s{0,5}=\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      // ds.setPassword("..."); props.put("mail.smtp.password", "...");
      String.raw`\.set(?:Password|Passwd|Secret|ApiKey|ClientSecret|AuthToken|AccessToken)\s{0,5}\(\s{0,5}"(?<secret>[^"\s]{3,200})"\s{0,5}\)`,
      String.raw`\.(?:put|setProperty)\s{0,5}\(\s{0,5}"[\w.-]{0,60}(?:password|secret|api[_.-]?key)"\s{0,5},\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      // The password argument of a JDBC connection: DriverManager.getConnection(url, "app", "...").
      String.raw`\bgetConnection\s{0,5}\(\s{0,5}(?:"[^"\n]{0,200}"|[\w.]{1,60})\s{0,5},\s{0,5}(?:"[^"\n]{0,100}"|[\w.]{1,60})\s{0,5},\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      String.raw`\bnew\s{1,5}PasswordAuthentication\s{0,5}\(\s{0,5}(?:"[^"\n]{0,100}"|[\w.]{1,60})\s{0,5},\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      String.raw`\bContext\s{0,5}\.\s{0,5}SECURITY_CREDENTIALS\s{0,5},\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      // Spring Security's in-memory user: .password("{noop}admin123")
      String.raw`\.\s{0,5}password\s{0,5}\(\s{0,5}"(?:\{\w{1,20}\})?(?<secret>[^"\s{}]{3,200})"\s{0,5}\)`,
      // A key store's or key's password: ks.load(in, "...".toCharArray()), kmf.init(ks, "...".toCharArray()).
      String.raw`\.\s{0,5}(?:load|init|getKey|setKeyEntry|getEntry)\s{0,5}\([^;\n]{0,150}?"(?<secret>[^"\s]{3,200})"\s{0,5}\.\s{0,5}toCharArray\s{0,5}\(`,
      // Basic credentials encoded in the code: Base64.getEncoder().encodeToString("user:pass".getBytes()). GraphQL
      // (Relay) ids and cursors are encoded the same way ("Product:1234"): see BASIC_ENCODED_ID. From the line's start,
      // which is code even after "Basic " +.
      String.raw`^[^\n]{0,200}?\b(?:encodeToString|encodeBase64String|encodeBase64|printBase64Binary)\s{0,5}\(\s{0,5}"(?<secret>[^"\s:]{1,60}:[^"\s]{3,200})"\s{0,5}\.\s{0,5}getBytes\s{0,5}\(`,
    ],
    unlessMatch: [...NOT_A_CREDENTIAL, BASIC_CREDENTIAL_STAND_IN, ...BASIC_ENCODED_ID],
    keywords: [...CREDENTIAL_KEYWORDS, 'password', 'apikey', 'getconnection', 'security_credentials', 'tochararray', 'encodetostring', 'encodebase64', 'printbase64binary'],
    message: 'A password or key is written into the code, so everyone with the source or the compiled classes has it and rotating it needs a release; read it from the environment, a vault or configuration outside the repository.',
    examples: {
      bad: [
        'private static final String DB_PASSWORD = "Sup3rS3cret!";',
        'String adminPassword = "hunter2";',
        'dataSource.setPassword("hunter2");',
        'props.put("mail.smtp.password", "m41lP4ss");',
        'val apiKey = "k3y-for-prod"',
        'Connection c = DriverManager.getConnection(DB_URL, "sa", "Pa55w0rd123");',
        'return new PasswordAuthentication("admin", "Adm1nPass!".toCharArray());',
        'env.put(Context.SECURITY_CREDENTIALS, "LdapPassw0rd");',
        'auth.inMemoryAuthentication().withUser("admin").password("{noop}admin123").roles("ADMIN");',
        'ks.load(new FileInputStream("keystore.jks"), "changeit".toCharArray());',
        'conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Passw0rd!".getBytes()));',
        'String encoded = Base64.getEncoder().encodeToString("deploy:Wint3r-Sky!".getBytes());',
        'conn.setRequestProperty("Authorization", "Basic " +\n    Base64.getEncoder().encodeToString("ops:Qu4rtz#19".getBytes(StandardCharsets.UTF_8)));',
      ],
      good: [
        'String dbPassword = System.getenv("DB_PASSWORD");',
        'private static final String PASSWORD_PARAM = "password";',
        'String passwordLabel = "Enter your password";',
        'dataSource.setPassword(config.getPassword());',
        'String password = "";',
        'Connection c = DriverManager.getConnection(DB_URL, "sa", System.getenv("DB_PASSWORD"));',
        'env.put(Context.SECURITY_CREDENTIALS, ldapPassword);',
        'return new PasswordAuthentication(user, password.toCharArray());',
        'ks.load(new FileInputStream("keystore.jks"), keystorePassword.toCharArray());',
        'String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());',
        'String auth = Base64.getEncoder().encodeToString("user:password".getBytes());',
        'String id = Base64.getEncoder().encodeToString("Product:1234".getBytes(StandardCharsets.UTF_8));',
        'String authorCursor = Base64.getEncoder().encodeToString("Author:12345".getBytes());',
        'String nodeId = Base64.getEncoder().encodeToString("User:550e8400-e29b-41d4-a716-446655440000".getBytes());',
        'String cursor = Base64.getEncoder().encodeToString("created_at:2024-01-01T00:00:00Z".getBytes());',
        'String id = Base64.getEncoder().encodeToString("Product:sku-red-42".getBytes());',
      ],
    },
  },
  {
    id: 'java.webview-javascript-interface',
    title: 'Expose Java objects only to pages you control',
    languages: JAVA,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\.\s{0,5}addJavascriptInterface\s{0,5}\(`],
    keywords: ['addjavascriptinterface'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-749'],
    owasp: 'A04:2021',
    message: "Every page this WebView loads, and every script injected into one, can call the object's @JavascriptInterface methods; load only your own content in it, or use WebViewCompat.addWebMessageListener with an allow-list of origins.",
    examples: {
      bad: ['wv.addJavascriptInterface(new NativeBridge(this), "Android");'],
      good: ['WebViewCompat.addWebMessageListener(wv, "bridge", Set.of("https://app.example.com"), listener);', '// wv.addJavascriptInterface(bridge, "Android");'],
    },
  },
  {
    id: 'java.webview-file-access',
    title: 'Do not let WebView pages read local files',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bsetAllow(?:FileAccess|FileAccessFromFileURLs|UniversalAccessFromFileURLs|ContentAccess)\s{0,5}\(\s{0,5}true\s{0,5}\)`],
    keywords: ['setallowfileaccess', 'setallowuniversalaccess', 'setallowcontentaccess'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-200'],
    owasp: 'A05:2021',
    message: "A page in this WebView can read the app's local files, and with file-URL access send them to any site, so one injected script leaks the app's data.",
    examples: {
      bad: ['webView.getSettings().setAllowFileAccess(true);', 'settings.setAllowUniversalAccessFromFileURLs(true);'],
      good: ['webView.getSettings().setAllowFileAccess(false);', 'settings.setJavaScriptEnabled(true);'],
    },
  },
  {
    id: 'java.ldap-anonymous-bind',
    title: 'Authenticate LDAP connections',
    languages: JAVA,
    severity: 'warning',
    confidence: 'high',
    // env.put(KEY, "none"), and Kotlin's env[KEY] = "none".
    patterns: [
      String.raw`\bSECURITY_AUTHENTICATION\s{0,5}(?:,|\]\s{0,5}=)\s{0,5}"none"`,
      String.raw`[(,\[]\s{0,5}"java\.naming\.security\.authentication"\s{0,5}(?:,|\]\s{0,5}=)\s{0,5}"none"`,
    ],
    keywords: ['security_authentication', 'java.naming.security.authentication'],
    scope: 'code',
    lesson: 'ldap-injection',
    cwe: ['CWE-287'],
    owasp: 'A07:2021',
    message: 'This LDAP connection binds anonymously, so the directory answers without knowing who asks and anything the anonymous user may read or change is open to all.',
    examples: {
      bad: ['env.put(Context.SECURITY_AUTHENTICATION, "none");', 'env.put("java.naming.security.authentication", "none");', 'env[Context.SECURITY_AUTHENTICATION] = "none"'],
      good: ['env.put(Context.SECURITY_AUTHENTICATION, "simple");', 'env.put("java.naming.security.authentication", "simple");', 'env[Context.SECURITY_AUTHENTICATION] = "simple"'],
    },
  },
  {
    id: 'java.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: JAVA,
    reach: 'block',
    // The size comes a statement or two after getInstance("RSA"); EC generators take 256 or 384 the same way.
    patterns: [
      String.raw`\bKeyPairGenerator\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"(?:RSA|DSA|DH|DiffieHellman)"[^;]{0,60};[^;]{0,200}?(?<report>\.\s{0,5}initialize\s{0,5}\(\s{0,5}${SHORT_MODULUS_BITS}\s{0,5}[,)])`,
      String.raw`\bnew\s{1,5}(?:RSAKeyGenParameterSpec|DSAGenParameterSpec)\s{0,5}\(\s{0,5}${SHORT_MODULUS_BITS}\s{0,5}[,)]`,
    ],
    keywords: ['keypairgenerator', 'rsakeygenparameterspec', 'dsagenparameterspec'],
    examples: {
      bad: [
        'KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");\nkpg.initialize(1024);',
        'KeyPairGenerator gen = KeyPairGenerator.getInstance("DSA");\ngen.initialize(512, new SecureRandom());',
        'kpg.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4));',
      ],
      good: [
        'KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");\nkpg.initialize(2048);',
        'KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");\nkpg.initialize(256);',
        'pool.initialize(1024);',
      ],
    },
  },
  {
    id: 'java.unauthenticated-cipher-mode',
    ...UNAUTHENTICATED_CIPHER_MODE_RULE,
    languages: JAVA,
    patterns: [String.raw`\bCipher\s{0,5}\.\s{0,5}getInstance\s{0,5}\(\s{0,5}"(?:AES|AES_\d{3}|Camellia|ARIA|SM4)/(?:CBC|PCBC|CTR|CFB\d{0,3}|OFB\d{0,3})/[^"\n]{0,40}"`],
    keywords: ['cipher'],
    message: 'CBC, CTR, CFB and OFB encrypt without integrity, so unless a MAC covers the ciphertext an attacker can alter it or, with CBC padding, decrypt it through a padding oracle; use AES/GCM/NoPadding.',
    examples: {
      bad: ['Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");', 'Cipher c = Cipher.getInstance("AES/CTR/NoPadding");'],
      good: ['Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");', 'Cipher c = Cipher.getInstance("ChaCha20-Poly1305");'],
    },
  },
  {
    id: 'java.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: JAVA,
    patterns: [
      String.raw`\b(?:exec|command|ProcessBuilder)\s{0,5}\(\s{0,5}(?:new\s{1,5}String\s{0,5}\[\s{0,5}\]\s{0,5}\{\s{0,5}|(?:List|Arrays)\s{0,5}\.\s{0,5}(?:of|asList)\s{0,5}\(\s{0,5})?${QUOTED_ARGUMENTS_BEFORE}${DOWNLOAD_PIPED_TO_SHELL}`,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: [
        'Runtime.getRuntime().exec(new String[] {"sh", "-c", "curl -fsSL https://get.example.com/install.sh | sh"});',
        'new ProcessBuilder("bash", "-c", "curl -fsSL https://get.example.com/install.sh | bash").inheritIO().start();',
      ],
      good: [
        'System.out.println("Install with: curl -fsSL https://get.example.com/install.sh | sh");',
        'new ProcessBuilder("curl", "-fsSLo", "install.sh", installerUrl).inheritIO().start();',
      ],
    },
  },
];
