// C and C++.
import type { RuleSpec } from '../types';
import { C_FAMILY, CPP } from '../languages';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, credentialName, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL, PRINTF_CONVERSION } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';

/** The calls that generate an RSA or DSA key of a given size. */
const KEY_GENERATION_KEYWORDS = ['rsa_generate_key', 'dsa_generate_parameters', 'evp_rsa_gen', 'rsa_keygen_bits', 'dsa_paramgen_bits', 'mbedtls_rsa_gen_key', 'wc_makersakey'];
/** Between a call's arguments: a few spaces, or a line break and an indentation that lines them up. */
const WRAPPED_ARGUMENT_GAP = String.raw`\s{0,5}(?:\n[ \t]{0,60})?`;
/** The end of a key size argument, a comment after it (512 /* bits *\/) included. */
/**
 * A key-generation call up to its size argument: OpenSSL's RSA_generate_key(bits, …) and RSA_generate_key_ex(rsa,
 * bits, …) (the key object may be a member or a smart pointer's: key->rsa, rsa.get()), EVP_RSA_gen and the keygen
 * context's setter; mbedTLS (context, random function, its state, then bits) and wolfSSL (key, then bits).
 */
const KEY_GENERATION_UP_TO_BITS = String.raw`(?:(?:RSA_generate_key|DSA_generate_parameters)\s{0,5}\(|(?:RSA_generate_key_ex|DSA_generate_parameters_ex)\s{0,5}\(\s{0,5}[\w.>-]{1,60}(?:\(\s{0,5}\))?\s{0,5},|EVP_RSA_gen\s{0,5}\(|EVP_PKEY_CTX_set_(?:rsa_keygen|dsa_paramgen)_bits\s{0,5}\(\s{0,5}\w{1,40}\s{0,5},|mbedtls_rsa_gen_key\s{0,5}\((?:\s{0,5}[^,;()\n]{1,60},${WRAPPED_ARGUMENT_GAP}){2}\s{0,5}[^,;()\n]{1,60},|wc_MakeRsaKey\s{0,5}\(\s{0,5}[^,;()\n]{1,60},)${WRAPPED_ARGUMENT_GAP}`;
const BITS_END = String.raw`(?:\s{0,5}/\*[^*\n]{0,40}\*/)?\s{0,5}[,)]`;
import { DOWNLOAD_PIPED_TO_SHELL, FIXED_SALT_RULE, HARDCODED_KEY_RULE, LOW_WORK_FACTOR_RULE, NON_SECURITY_HASH_USE, PIPE_TO_SHELL_RULE, SECRET_VALUE_NAME, SHELL_COMMAND_FLAG, SHELL_PROGRAM, SQL_BUILT_INTO_QUERY_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, UNAUTHENTICATED_CIPHER_MODE_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE } from './shared-families';

/** <random>'s engines: fast and predictable from their output, never for secrets. */
const STD_RANDOM_ENGINE = String.raw`(?:mt19937(?:_64)?|default_random_engine|minstd_rand0?|ranlux(?:24|48)(?:_base)?|knuth_b)`;

/** Memory that no allocator handed out, freed: what both rules of this kind report. */
const FREE_NON_HEAP = {
  title: 'Free only what malloc() returned',
  severity: 'error',
  confidence: 'high',
  scope: 'code',
  lesson: 'memory-safety',
  cwe: ['CWE-590', 'CWE-762'],
  owasp: 'A06:2021',
} satisfies Partial<RuleSpec>;

/** An allocation size computed by a multiplication that can wrap around: what both overflow rules report. */
const ALLOC_SIZE_OVERFLOW = {
  title: 'Check allocation size arithmetic for overflow',
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'memory-safety',
  cwe: ['CWE-680', 'CWE-190'],
  owasp: 'A06:2021',
  message: 'The allocation size is a multiplication that can wrap around, allocating a smaller buffer than the code then writes.',
} satisfies Partial<RuleSpec>;
/** A test that a size cannot overflow (against a type's maximum, or a checked multiplication such as __builtin_mul_overflow). */
export const ALLOCATION_OVERFLOW_TEST = String.raw`\b(?:SIZE_MAX|SSIZE_MAX|INT_MAX|UINT_MAX|UINT32_MAX|LONG_MAX|ULONG_MAX)\b|[Oo]verflow|OVERFLOW`;
// The factor after a `*`, on the same line or wrapped onto the next.
const SECOND_FACTOR = String.raw`[ \t]{0,5}(?:\r?\n[ \t]{0,60})?[\w(]`;
/** Arguments up to and including a call among them, GetProcessHeap() (no products inside it). */
const ARGUMENT_WITH_CALL = String.raw`[^;{}()*\n]{0,100}\([^;{}()\n]{0,40}\)`;
/** A deallocator (dealloc, kfree_dealloc): its name holds "alloc" too. */
const DEALLOCATOR = String.raw`[Dd]ealloc[a-z_]{0,12}\s{0,5}\(`;

// The statement ending a match assigns a token sampled or read in sequence (next_token, new_token, prevToken,
// sampled_token_id): a word of a text or a model's output, not a secret.
const SAMPLED_TOKEN_ASSIGNED = String.raw`\b(?:next|new|sampled|predicted|first|last|prev|previous|cur|current)_?[Tt]oken(?:_?[Ii]ds?|_?[Ii]dx|s)?\s{0,5}(?:\[[^\]\n]{1,60}\]\s{0,5})?\+?=[^;\n]{1,400};$`;

// A prototype in a header (`char *strcpy(char *dest, ...)`) names the function without calling it.
const PROTOTYPE = String.raw`\w[ \t]{0,60}\([ \t]{0,60}(?:const[ \t]{1,60})?(?:char|wchar_t|void|int|size_t|LPCSTR|LPCWSTR|LPCTSTR|LPSTR|LPWSTR|LPTSTR|FILE)[ \t]{0,60}[*\[]`;
const EXTERN = String.raw`^[ \t]{0,40}extern\b`;
// A statement that frees one variable: free(p); delete p; delete[] p;
const FREE_STATEMENT = String.raw`\b(?:free\s{0,5}\(\s{0,5}[A-Za-z_]\w{0,60}\s{0,5}\)|delete(?:\s{0,5}\[\s{0,5}\]\s{0,5}|\s{1,5})[A-Za-z_]\w{0,60})\s{0,5};`;
// A cast of a literal to a byte pointer, as OpenSSL's examples write a key or IV: (unsigned char *)"0123456789012345".
const BYTE_POINTER_CAST = String.raw`\(\s{0,5}(?:const\s{1,5})?(?:unsigned\s{1,5}char|u?int8_t|uint8|BYTE|char)\s{0,5}\*\s{0,5}\)\s{0,5}`;
// A name that ends in the word key (key, aes_key, encKey, AES_KEY), not keyword, keyfile or hotkey.
const KEY_NAME = String.raw`(?:\w{0,30}_)?(?:[Kk]ey|KEY|\w{0,30}[a-z0-9]Key)`;
// An identifier or member access used as a whole argument (`buf`, `msg->text`, `name.c_str()`).
const VARIABLE = String.raw`[A-Za-z_][\w.>\-]{0,100}(?:\.c_str\(\)|\.data\(\))?`;

/** Credential names in snake, SCREAMING and camel case, at the end of a variable or member name. */
const CREDENTIAL_NAME = credentialName(['Password', 'Passwd', 'Secret', 'apiKey', 'ApiKey', 'secretKey', 'SecretKey', 'privateKey', 'PrivateKey', 'clientSecret', 'ClientSecret', 'authToken', 'AuthToken', 'accessToken', 'AccessToken']);

/** A loop's body: braced (with up to three blocks one level deep in it), or one statement. */
const LOOP_BODY = String.raw`\s{0,5}(?:\{(?:[^{}]{0,200}\{[^{}]{0,200}\}){0,3}[^{}]{0,200}|[^;{}]{0,300};)`;

export const C_CPP_RULES: RuleSpec[] = [
  {
    id: 'c.gets-call',
    title: 'Replace gets() with a bounded read',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:gets|_getws|getwd|getpw)\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['gets', 'getwd', 'getpw'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-242', 'CWE-120'],
    owasp: 'A06:2021',
    message: 'gets(), getwd() and getpw() write into a buffer with no size limit, so any long enough input (or passwd entry) overflows it.',
    examples: {
      bad: ['gets(line);', 'while (gets( buffer ) != NULL) count++;', 'getwd(cwd);', 'getpw(uid, buf);'],
      good: ['fgets(line, sizeof line, stdin);', '// gets(line) is banned', 'extern char *gets (char *__s);', 'getcwd(cwd, sizeof cwd);', 'struct passwd *pw = getpwuid(uid);'],
    },
  },
  {
    id: 'c.strcpy-call',
    title: 'Use a bounded string copy',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:strcpy|wcscpy|stpcpy|_mbscpy|_tcscpy|lstrcpy[AW]?|StrCpy[AW]?)\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['strcpy', 'wcscpy', 'stpcpy', 'mbscpy', 'tcscpy'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120'],
    owasp: 'A06:2021',
    message: 'strcpy() copies until the terminating NUL without knowing the destination size, so a longer source overflows the buffer.',
    examples: {
      bad: ['strcpy(buf, name);', 'strcpy(dev->name, "eth0");', '(void)wcscpy(dest, src);', 'std::strcpy(out, in.c_str());'],
      good: [
        'strlcpy(buf, name, sizeof buf);',
        'strncpy(buf, name, sizeof buf - 1);',
        'strcpy_s(buf, sizeof buf, name);',
        'char *strcpy(char *dest, const char *src);',
        '/* strcpy(buf, name) overflows */',
      ],
    },
  },
  {
    id: 'c.strcat-call',
    title: 'Use a bounded string concatenation',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:strcat|wcscat|_mbscat|_tcscat|lstrcat[AW]?|StrCat[AW]?)\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['strcat', 'wcscat', 'mbscat', 'tcscat'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120'],
    owasp: 'A06:2021',
    message: 'strcat() appends without knowing how much room is left in the destination, so a long input overflows the buffer.',
    examples: {
      bad: ['strcat(path, name);', 'strcat( buf1, buf );'],
      good: ['strlcat(path, name, sizeof path);', 'strcat_s(path, sizeof path, name);', 'char *strcat(char *dest, const char *src);'],
    },
  },
  {
    id: 'c.sprintf-call',
    title: 'Use snprintf() instead of sprintf()',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:sprintf|vsprintf|wsprintf[AW]?|wvsprintf[AW]?|_stprintf|_vstprintf)\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['sprintf', 'stprintf'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120', 'CWE-787'],
    owasp: 'A06:2021',
    message: 'sprintf() writes however many characters the format produces into a buffer of unknown size, so long values overflow it.',
    examples: {
      bad: ['sprintf(buf, "%s/%s", dir, name);', 'len += vsprintf(out, fmt, ap);', 'char b[8]; sprintf(b, "%d", n);'],
      good: [
        'snprintf(buf, sizeof buf, "%s/%s", dir, name);',
        'len += vsnprintf(out, size, fmt, ap);',
        'asprintf(&out, "%s", name);',
        'int sprintf(char *str, const char *format, ...);',
      ],
    },
  },
  {
    id: 'c.scanf-unbounded-string',
    title: 'Give scanf string conversions a width',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:scanf|fscanf|sscanf|wscanf|fwscanf|swscanf|vscanf|vfscanf|vsscanf)\s*\([^;"(\n]*"[^"\n(]*?%(?:s|\[|ls)`,
    ],
    keywords: ['scanf'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120', 'CWE-119'],
    owasp: 'A06:2021',
    message: 'A %s or %[ conversion without a width writes the whole input word into the buffer, however long it is.',
    examples: {
      bad: ['scanf("%s", name);', 'sscanf(line, "%d %s", &id, name);', 'while (scanf(" %[^\\n]", text) == 1) n++;'],
      good: ['scanf("%31s", name);', 'sscanf(line, "%d %63s", &id, name);', 'scanf("%d", &n);', 'scanf_s("%s", name, (unsigned)sizeof name);'],
    },
  },
  {
    id: 'c.format-string-variable',
    title: 'Pass a literal format string to printf-style functions',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:printf|vprintf|wprintf|printk|NSLog)\s{0,5}\(\s{0,60}${VARIABLE}\s{0,5}\)`,
      String.raw`\b(?:fprintf|fwprintf|dprintf|syslog)\s{0,5}\(\s{0,60}[\w.>\-]{1,100}\s{0,5},\s{0,60}${VARIABLE}\s{0,5}\)`,
      String.raw`\b(?:snprintf|swprintf)\s{0,5}\([^,;()\n]{1,200},(?:[^,;()\n]{1,200}|[^,;()\n]{0,200}sizeof[ \t]{0,10}\([^,;()\n]{1,200}\)[^,;()\n]{0,200}),[ \t]{0,10}${VARIABLE}\s{0,5}\)`,
    ],
    // An all-caps argument is almost always a macro that expands to a literal.
    unlessMatch: [String.raw`[(,]\s{0,5}_{0,2}[A-Z][A-Z0-9_]{0,60}\s{0,5}\)$`],
    keywords: ['printf', 'printk', 'nslog', 'syslog'],
    scope: 'code',
    lesson: 'format-string',
    cwe: ['CWE-134'],
    owasp: 'A03:2021',
    message: 'The format argument is a variable, so any % directives in its text are interpreted and can read or write memory.',
    examples: {
      bad: ['printf(msg);', 'fprintf(stderr, err->text);', 'syslog(LOG_ERR, buf);', 'snprintf(out, sizeof out, input);', 'printf(line.c_str());'],
      good: ['printf("%s", msg);', 'fprintf(stderr, "%s\\n", err->text);', 'syslog(LOG_ERR, "%s", buf);', 'printf(USAGE);', 'printf(fmt, value);'],
    },
  },
  {
    id: 'c.system-call-variable',
    title: 'Avoid system()/popen() with a built command',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:system|popen|_popen|_wsystem|_wpopen)\s{0,5}\(\s{0,60}(?:[^"\sL)]|L[^"])`,
      String.raw`\bexecl[pe]?\s{0,5}\([^;(\n]{0,200}"-c"\s{0,5},\s{0,60}[A-Za-z_]`,
      String.raw`\{\s{0,60}"(?:/bin/|/usr/bin/)?(?:ba|z|da)?sh"\s{0,5},\s{0,60}"-c"\s{0,5},\s{0,60}[A-Za-z_]`,
      // Qt: QProcess::execute("/bin/sh", QStringList() << "-c" << script), process.start("sh", {"-c", cmd}).
      String.raw`(?:\bQProcess\s{0,5}::\s{0,5}(?:execute|startDetached)|\.\s{0,5}start(?:Detached)?)\s{0,5}\(\s{0,5}(?:QStringLiteral\s{0,5}\(\s{0,5})?"${SHELL_PROGRAM}"\s{0,5}\)?\s{0,5},\s{0,60}(?:QStringList\s{0,5}(?:\(\s{0,5}\)\s{0,5}<<|\{)|\{)\s{0,5}(?:QStringLiteral\s{0,5}\(\s{0,5})?"${SHELL_COMMAND_FLAG}"\s{0,5}\)?\s{0,5}(?:<<|,)\s{0,5}[A-Za-z_]`,
      // Windows: the command line of WinExec and CreateProcess, the file or parameters of ShellExecute, from a variable
      // (lower-case, so not NULL) or built with +.
      String.raw`\b(?:WinExec\s{0,5}\(|CreateProcess[AW]?\s{0,5}\(\s{0,60}(?:NULL|nullptr|0)\s{0,60},|ShellExecute[AW]?\s{0,5}\([^,()\n]{1,40},\s{0,60}(?:L?"[^"\n]{0,300}"|NULL|nullptr)\s{0,60},(?:\s{0,5}L?"[^"\n]{0,300}"\s{0,5},)?)\s{0,60}(?:\(\s{0,60}LPW?STR\s{0,5}\)\s{0,5})?(?:[a-z_][\w.>-]{0,60}(?:\.c_str\(\))?\s{0,60}[,)]|\(\s{0,60}L?"[^"\n]{0,300}"\s{0,60}\+)`,
    ],
    unless: [
      PROTOTYPE,
      EXTERN,
      String.raw`(?:\.|->)\s{0,60}(?:system|popen)\s{0,5}\(`,
      String.raw`\bsystem\s{0,5}\(\s{0,60}(?:NULL|0|nullptr)\s{0,60}\)`,
      String.raw`^[ \t]{0,40}#[ \t]{0,10}define[ \t]{1,10}(?:system|popen)\b`,
      // A command the program fixes itself: a macro or a constant (CLEANUP_CMD, kBatteryQuery).
      String.raw`(?:\b(?:system|popen|_popen)\s{0,5}\(|"-c"\s{0,5}(?:,|<<))\s{0,60}(?:[A-Z][A-Z0-9_]{1,60}|k[A-Z]\w{0,60})\s{0,5}[,)}]`,
    ],
    keywords: ['system', 'popen', 'execl', '"-c"', 'winexec', 'shellexecute', 'createprocess', 'qprocess'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'system() and popen() hand a built string to the shell, so input that reaches it can run extra commands.',
    examples: {
      bad: ['int rc = QProcess::execute("/bin/sh", QStringList() << "-c" << script);', 'proc.start("sh", {"-c", command});', 'system(cmd);', 'FILE *p = popen(command.c_str(), "r");', 'if (system(buffer) != 0) return 1;', 'execlp("sh", "sh", "-c", cmd, (char *)NULL);', 'char *args[] = {"/bin/sh", "-c", user_cmd, NULL};', 'WinExec(cmd.c_str(), SW_HIDE);', 'CreateProcessA(NULL, cmdLine, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);'],
      good: [
        'system("clear");',
        'FILE *p = popen("ls -l", "r");',
        'execl("/bin/sh", "sh", "-c", CLEANUP_CMD, (char *)NULL);',
        'p.start("sh", {"-c", kBatteryQuery});',
        'execvp(argv[0], argv);',
        'if (system(NULL)) puts("shell available");',
        'extern int system (const char *__command);',
        'ctx->system(cmd);', 'char *args[] = {"/usr/bin/git", "log", NULL};', 'CreateProcessA("C:\\\\tools\\\\backup.exe", NULL, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);'],
    },
  },
  {
    id: 'c.alloc-size-overflow',
    ...ALLOC_SIZE_OVERFLOW,
    languages: C_FAMILY,
    // Starts at "alloc" (not the start of the name) so that any allocator name matches in linear time. The argument
    // classes exclude "(" and line ends, so a match never restarts inside another one.
    patterns: [
      String.raw`[Aa]lloc[a-z_]{0,12}[ \t]{0,5}\([^;{}()*\n]{0,200}[\w\]][ \t]{0,5}\*${SECOND_FACTOR}`,
      String.raw`[Aa]lloc[a-z_]{0,12}[ \t]{0,5}\((?:[ \t]{0,5}|[^;{}(),\n]{0,200},[ \t]{0,5})sizeof[ \t]{0,5}\([^;{}()\n]{0,200}\)[ \t]{0,5}\*${SECOND_FACTOR}`,
      String.raw`[Aa]lloc[a-z_]{0,12}[ \t]{0,5}\([ \t]{0,5}\r?\n[^;{}()*\n]{0,200}[\w\]][ \t]{0,5}\*[ \t]{0,5}[\w(]`,
      String.raw`[Aa]lloc[a-z_]{0,12}[ \t]{0,5}\([ \t]{0,5}\r?\n[ \t]{0,60}sizeof[ \t]{0,5}\([^;{}()\n]{0,200}\)[ \t]{0,5}\*[ \t]{0,5}[\w(]`,
      String.raw`\bnew\s{1,5}(?:unsigned\s{1,5}|signed\s{1,5}|const\s{1,5}|struct\s{1,5})?[\w:<>,]{1,100}\*{0,2}\s{0,5}\[[^\[\]\n;]{0,200}?[\w)]\s{0,5}\*\s{0,5}[\w(]`,
      // An earlier argument that is a call (HeapAlloc(GetProcessHeap(), 0, n * sizeof(WCHAR))), and Windows' kernel
      // pool allocators.
      String.raw`(?:[Aa]lloc[a-z_]{0,12}[ \t]{0,5}\((?:${ARGUMENT_WITH_CALL}){1,2}|AllocatePool\w{0,20}[ \t]{0,5}\((?:${ARGUMENT_WITH_CALL}){0,2})[^;{}()*\n]{0,100}[\w\]][ \t]{0,5}\*${SECOND_FACTOR}`,
      // C++'s array make_unique and make_shared, sized by a product.
      String.raw`\bmake_(?:unique|shared)\s{0,5}<[^<>;\n]{1,60}\[\s{0,5}\]\s{0,5}>\s{0,5}\(\s{0,5}[\w.>-]{1,60}\s{0,5}\*\s{0,5}[\w(]`,
    ],
    unlessMatch: [
      // `sizeof *p` is a dereference, and `n, sizeof *p` is how calloc is meant to be called.
      String.raw`\bsizeof\s{0,5}\*\s{0,5}[\w(]$`,
      String.raw`^[Aa]lloc(?:ator|ated)`,
      String.raw`\W\d{1,10}\s{0,5}\*\s{0,5}\d$`,
      // A pointer parameter or cast (`void *mem`, `char *)`) is not a multiplication.
      String.raw`\b(?:void|char|int|long|short|unsigned|signed|float|double|size_t|const)[ \t]{0,5}\*[ \t]{0,5}[\w(]$`,
      String.raw`[\w\]]\s{1,5}\*\w$`,
      String.raw`\w\*\s{1,5}\w$`,
    ],
    unless: [ALLOCATION_OVERFLOW_TEST, DEALLOCATOR],
    keywords: ['alloc', 'new', 'make_unique', 'make_shared'],
    examples: {
      bad: [
        'int *v = (int *)malloc(count * sizeof(int));',
        'p = realloc(p, sizeof(struct item) * n);',
        'float *row = new float[width * height];',
        'buf = av_malloc(s->nb_streams * sizeof(*buf));',
        'VALUE *args = alloca(sizeof(VALUE) * argc);',
        'struct entry *entries = malloc(\n    nentries * sizeof(struct entry));',
        'struct entry *entries = malloc(\n    sizeof(struct entry) * nentries);',
        'slots = realloc(tbl->slots, sizeof(struct slot) *\n                newcap);',
        'WCHAR *buf = HeapAlloc(GetProcessHeap(), 0, len * sizeof(WCHAR));', 'p = ExAllocatePoolWithTag(NonPagedPool, count * sizeof(ENTRY), TAG);',
        'auto pixels = std::make_unique<uint8_t[]>(width * height);',
      ],
      good: [
        'int *v = calloc(count, sizeof(int));',
        'int *v = malloc(sizeof(*v));',
        'item *it = calloc(n, sizeof *it);',
        'p = reallocarray(p, n, sizeof(struct item));',
        'float *row = new float[width];',
        'if (n > SIZE_MAX / sizeof(int)) return NULL; int *v = malloc(n * sizeof(int));',
        'char *p = (char *)malloc(len); /* len * 2 */',
        'struct entry *entries = calloc(\n    nentries, sizeof(struct entry));',
        'WCHAR *buf = HeapAlloc(GetProcessHeap(), 0, sizeof(WCHAR));', 'auto pixels = std::make_unique<uint8_t[]>(size);',
      ],
    },
  },
  {
    id: 'c.alloc-size-overflow-variable',
    ...ALLOC_SIZE_OVERFLOW,
    languages: C_FAMILY,
    // `total = count * size;` (reported) with the next line allocating `total`: the product of c.alloc-size-overflow,
    // kept in a variable first. The matcher checks that the names agree and that no overflow test or bound check of a
    // factor is just above.
    patterns: [
      String.raw`(?<report>\b[A-Za-z_]\w{0,60}\s{0,5}=\s{0,5}(?:\(\s{0,5}\w{1,30}\s{0,5}\)\s{0,5})?[A-Za-z_(][\w.>\-]{0,60}\s{0,5}\*\s{0,5}(?:sizeof\s{0,5}\(?\s{0,5}[^;()\n]{1,60}\)?|[A-Za-z_(][\w.>\-)]{0,60})\s{0,5};)[^\n]{0,200}\n[^\n]{0,200}?[Aa]lloc[a-z_]{0,12}\s{0,5}\((?:[^,;()\n]{1,60},)?\s{0,5}[A-Za-z_]\w{0,60}\s{0,5}\)`,
    ],
    matcher: 'allocates-product',
    unlessMatch: [DEALLOCATOR],
    keywords: ['alloc'],
    examples: {
      bad: [
        'size_t total = count * size;\nvoid *p = malloc(total);',
        'bytes = nmemb * sizeof(struct item);\nitems = realloc(items, bytes);',
        'if (count > 0) {\n  size_t total = count * size;\n  void *p = malloc(total);\n}',
        'if (n < 0) return NULL;\nsize_t bytes = n * elem_size;\nchar *buf = malloc(bytes);',
        'if (items == NULL || n > 0) {\nsize_t bytes = n * sizeof(struct item);\nstruct item *items = malloc(bytes);',
      ],
      good: [
        'size_t total = count * size;\nif (count && total / count != size) return NULL;\nvoid *p = malloc(total);',
        'if (count > SIZE_MAX / size) return NULL;\nsize_t total = count * size;\nvoid *p = malloc(total);',
        'size_t total = count * size;\nvoid *p = malloc(len);',
        'size_t n = PAGE_SIZE * 4;\nvoid *p = malloc(n);',
        'void *p = calloc(count, size);',
        'if (n > 1024) return -1;\nsize_t bytes = n * sizeof(struct item);\nstruct item *items = malloc(bytes);',
        'if (n >= MAX_ITEMS)\n    goto fail;\nsize_t bytes = n * elem_size;\nchar *buf = malloc(bytes);',
        'if (count < 4096) {\n  size_t total = count * size;\n  void *p = malloc(total);\n}',
        'if (__builtin_mul_overflow(count, size, &total)) return NULL;\ntotal = count * size;\np = malloc(total);',
        'size_t bytes = count * size;\nzone_dealloc(bytes);',
      ],
    },
  },
  {
    id: 'c.rand-call',
    title: 'Do not use rand() for security values',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'medium',
    // OpenSSL's RAND_pseudo_bytes() may return bytes that are not unpredictable (and is removed in OpenSSL 3).
    // Qt's qrand() is rand() under another name.
    patterns: [String.raw`\b(?:rand|rand_r|drand48|erand48|lrand48|mrand48|RAND_pseudo_bytes|qrand)\s{0,5}\(`, String.raw`\brandom\s{0,5}\(\s{0,60}\)`],
    unless: [String.raw`\b(?:int|long|double)\s{1,60}(?:rand|random|rand_r|[dejlmn]rand48|RAND_pseudo_bytes)\s{0,5}\(\s{0,60}(?:void|unsigned|\))`],
    keywords: ['rand'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'rand(), random() and RAND_pseudo_bytes() are predictable (the last one when the pool is not seeded), so they must not produce tokens, keys, nonces or passwords.',
    examples: {
      bad: ['int token = rand();', 'x = std::rand() % 100;', 'long r = random();', 'return double(rand()) / double(RAND_MAX);', 'RAND_pseudo_bytes(salt, sizeof salt);', 'nonce[i] = static_cast<char>(qrand() % 256);'],
      good: ['getrandom(buf, sizeof buf, 0);', 'arc4random_buf(key, sizeof key);', 'int operand(void); /* rand() */', 'extern int rand (void);', 'RAND_bytes(key, 32);', 'int RAND_pseudo_bytes(unsigned char *buf, int num);'],
    },
  },
  {
    id: 'c.prng-fixed-seed',
    title: 'Do not seed a PRNG with a constant',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bsrand\s{0,5}\(\s{0,60}\d{1,10}u?\s{0,5}\)`,
      String.raw`\b${STD_RANDOM_ENGINE}(?:\s{1,5}\w{1,60})?\s{0,60}[({]\s{0,5}(?:(?:\d{1,10}|0[xX][0-9A-Fa-f]{1,16})[uUlL]{0,3}\s{0,5})?[)}]`,
      // An engine seeded again with a constant: gen.seed(42).
      String.raw`\b\w{0,40}(?:gen|rng|engine|eng|mt|random|rand)\w{0,20}\s{0,5}\.\s{0,5}seed\s{0,5}\(\s{0,5}(?:\d{1,10}|0[xX][0-9A-Fa-f]{1,16})[uUlL]{0,3}\s{0,5}\)`,
      String.raw`\b${STD_RANDOM_ENGINE}(?:\s{1,5}\w{1,60})?\s{0,60}[({]\s{0,5}(?:static_cast<\w{1,60}>\s{0,5}\(\s{0,60})?(?:std::)?time\s{0,5}\(`,
    ],
    keywords: ['srand', 'mt19937', 'default_random_engine', 'minstd_rand', 'ranlux', 'knuth_b', '.seed('],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-335', 'CWE-336'],
    owasp: 'A02:2021',
    message: 'A generator seeded with a constant (or its default seed) gives the same sequence on every run, so its output is predictable.',
    examples: {
      bad: [
        'std::mt19937 engine(0xDEADBEEF);', 'gen_.seed(42);','srand(42);', 'std::mt19937 gen(1357);', 'auto engine = std::default_random_engine{};', 'std::mt19937 gen(1357u);', 'std::mt19937 gen(time(nullptr));', 'std::default_random_engine eng(time(0));'],
      good: [
        'gen_.seed(std::random_device{}());','std::mt19937 gen(std::random_device{}());', 'srand(seed);', 'std::mt19937 rng(rd());', 'std::uniform_int_distribution<int> dist(1, 6);', 'typedef std::mt19937 engine_type;'],
    },
  },
  {
    id: 'cpp.std-random-secret',
    title: 'Do not make secrets with <random> engines',
    languages: CPP,
    severity: 'warning',
    confidence: 'medium',
    // A standard engine declared, then within a few lines a value named for a secret assigned or appended with a
    // call's result (gen(), dist(rng), charset[rng() % n]), which is reported. A seed from random_device does not help:
    // the engine's output still gives away its state.
    patterns: [
      String.raw`\b${STD_RANDOM_ENGINE}\s{1,5}\w{1,60}\s{0,5}[({;][\s\S]{0,600}?(?<report>\b\w{0,30}${SECRET_VALUE_NAME}\s{0,5}(?:\[[^\]\n]{1,60}\]\s{0,5})?\+?=\s{0,5}[^;=\n]{0,200}\w\s{0,5}\([^;\n]{0,200};)`,
    ],
    // The engine's output is the value assigned, made rather than picked from a list.
    matcher: 'assigns-engine-output',
    // A token sampled from a distribution (a language model's next_token = dist(rng)) is a word, not a secret.
    unlessMatch: [SAMPLED_TOKEN_ASSIGNED],
    keywords: ['mt19937', 'default_random_engine', 'minstd_rand', 'ranlux', 'knuth_b'],
    reach: 'file',
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'The <random> engines are not cryptographic: a few hundred outputs reveal their whole state, so a token, password or nonce made with one can be predicted; read the bytes from the OS (getrandom, RAND_bytes, BCryptGenRandom).',
    examples: {
      bad: [
        'std::mt19937 gen(std::random_device{}());\nauto token = gen();',
        'std::mt19937 rng(std::random_device{}());\nstd::string token;\nfor (int i = 0; i < 32; ++i) token += charset[rng() % charset.size()];',
        'std::mt19937_64 engine(rd());\nstd::uniform_int_distribution<uint64_t> dist;\nuint64_t sessionId = dist(engine);',
        'std::mt19937 rng(rd());\nchar token[33];\nfor (int i = 0; i < 32; ++i) token[i] = alphabet[rng() % 62];',
        'std::mt19937 rng(rd());\nuint64_t refresh_token = rng();',
      ],
      good: [
        'std::mt19937 gen(std::random_device{}());\nauto roll = dist(gen);',
        'std::mt19937 gen(seed);\nstd::shuffle(deck.begin(), deck.end(), gen);\nnext_token = lexer.next();',
        'std::mt19937 gen(seed);\nauto jitter = dist(gen);\n// token = read_random_token();',
        'std::random_device rd;\nauto token = make_token(rd);',
        'std::mt19937 rng(seed);\nauto token = tokenizer.next();', 'std::mt19937 gen(seed);\nToken token = tokens[dist(gen)];',
        'std::mt19937 rng(seed);\nstd::discrete_distribution<int> dist(w.begin(), w.end());\nint next_token = dist(rng);',
        'std::mt19937 gen(seed);\nint new_token = d(gen);',
      ],
    },
  },
  {
    id: 'c.weak-hash',
    title: 'Avoid MD5, MD4 and SHA-1',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bEVP_(?:md5|md4|md2|sha1|mdc2|md5_sha1)\s{0,5}\(`,
      String.raw`\b(?:[a-z]{1,10}_|CC_)?(?:MD5|MD4|MD2|SHA1|SHA)_(?:Init|Update|Final)(?:_ex)?\s{0,5}\(`,
      String.raw`\b(?:MD5|MD4|SHA1|CC_MD5|CC_SHA1)\s{0,5}\(`,
      String.raw`\b(?:CALG_MD5|CALG_MD4|CALG_SHA1|BCRYPT_MD5_ALGORITHM|BCRYPT_SHA1_ALGORITHM|QCryptographicHash::(?:Md4|Md5|Sha1))\b`,
      String.raw`\bCryptoPP::(?:Weak1?::)?(?:MD5|MD4|SHA1)\b`,
      // By name: OpenSSL 1.x's EVP_get_digestbyname and 3.x's EVP_MD_fetch(ctx, "MD5", props).
      String.raw`\b(?:EVP_get_digestbyname\s{0,5}\(|EVP_MD_fetch\s{0,5}\([^,;()\n]{1,60},)\s{0,60}"(?:md5|md4|sha1|MD5|MD4|SHA1|SHA-1|sha-1)"`,
      // mbedTLS, wolfSSL (its wc_Sha is SHA-1), Botan's factories by name, Poco's digest engines.
      // Where a hash starts (one finding per use, not one per update): mbedtls_md5_starts(), or a one-shot call.
      String.raw`\bmbedtls_(?:md5|md4|md2|sha1)(?:_starts(?:_ret)?|_ret)?\s{0,5}\(|\bMBEDTLS_MD_(?:MD5|MD4|MD2|SHA1)\b`,
      String.raw`\bwc_(?:Init(?:Sha|Md5|Md4)|(?:Sha|Md5|Md4)Hash)\s{0,5}\(|\bWC_HASH_TYPE_(?:MD5|MD4|SHA)\b`,
      String.raw`\b(?:HashFunction|MessageAuthenticationCode)\s{0,5}::\s{0,5}create(?:_or_throw)?\s{0,5}\(\s{0,5}"(?:MD5|MD4|SHA-1|SHA-160|SHA1|HMAC\((?:MD5|SHA-1)\))"`,
      String.raw`\b(?:Poco\s{0,5}::\s{0,5})?(?:MD5|MD4|SHA1)Engine\b`,
    ],
    // A header named for a hash is no use of it (#include <Poco/MD5Engine.h>): the use is reported where it is. Nor is
    // a hash for a cache key, an ETag or the WebSocket handshake, on its line or in a function named for it.
    unless: [String.raw`^[ \t]{0,40}#[ \t]{0,10}include\b`, NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['evp_md_fetch', 'md5', 'md4', 'md2', 'sha1', 'sha_', 'mdc2', 'wc_initsha', 'wc_shahash', 'hash_type_sha', 'sha-1', 'sha-160'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5, MD4 and SHA-1 have practical collision attacks, so they cannot protect integrity, signatures or passwords.',
    examples: {
      bad: [
        'const EVP_MD *md = EVP_MD_fetch(NULL, "MD5", NULL);','MD5_Init(&ctx);', 'HMAC(EVP_sha1(), key, klen, data, dlen, out, &olen);', 'const EVP_MD *md = EVP_md5();', 'CC_MD5(data, len, digest);', 'CryptCreateHash(hProv, CALG_MD5, 0, 0, &hHash);', 'CryptoPP::Weak::MD5 hash;', 'const EVP_MD *md = EVP_get_digestbyname("sha1");',
        'mbedtls_md5_starts(&ctx);', 'const mbedtls_md_info_t *info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA1);', 'if (wc_InitSha(&sha) != 0)',
        'auto hash = Botan::HashFunction::create_or_throw("MD5");', 'Poco::MD5Engine md5;'],
      good: [
        'const EVP_MD *md = EVP_MD_fetch(NULL, "SHA256", NULL);','SHA256_Init(&ctx);', 'const EVP_MD *md = EVP_sha256();', '// EVP_md5() is broken', 'const char *name = "MD5_Init";', 'CryptCreateHash(hProv, CALG_SHA_256, 0, 0, &hHash);', 'CryptoPP::SHA256 hash;', 'const EVP_MD *md = EVP_get_digestbyname("sha256");',
        'std::string etag_for(const std::string& body) {\n    Poco::MD5Engine md5;\n    md5.update(body);',
        'mbedtls_sha256_starts(&ctx, 0);', 'const mbedtls_md_info_t *info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);', 'if (wc_InitSha256(&sha) != 0)',
        'auto hash = Botan::HashFunction::create_or_throw("SHA-256");', 'Poco::SHA2Engine sha;', '#include <Poco/MD5Engine.h>'],
    },
  },
  {
    id: 'c.crypt-fixed-salt',
    ...FIXED_SALT_RULE,
    languages: C_FAMILY,
    // crypt(password, "ab"): a salt written in the code. Two characters select the old DES scheme, "$1$" MD5-crypt;
    // checking a password passes the stored hash as the salt, which is a variable.
    patterns: [String.raw`\bcrypt(?:_r|_rn|_ra)?\s{0,5}\(\s{0,60}[^,;()"\n]{1,100},\s{0,60}"(?:[./0-9A-Za-z]{2}|\$[0-9a-z]{1,2}\$[^"\n]{0,100})"`],
    keywords: ['crypt'],
    message: 'A salt written in the code is the same for every password, so one precomputed table cracks them all, and a two-character salt selects the DES scheme that reads only 8 characters; generate the salt with crypt_gensalt() for yescrypt or bcrypt.',
    examples: {
      bad: ['crypt(password, "ab");', 'char *hash = crypt(pw, "$1$saltsalt$");', 'const char *h = crypt_r(input, "$6$fixed$", &data);'],
      good: ['char *hash = crypt(password, salt);', 'if (strcmp(crypt(input, stored), stored) == 0) ok = 1;', 'char *hash = crypt(password, crypt_gensalt("$y$", 0, NULL, 0));', 'encrypt(block, "ab");'],
    },
  },
  {
    id: 'c.weak-cipher',
    title: 'Avoid DES, RC4, Blowfish and ECB mode',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bEVP_(?:des|desx|rc4|rc2|bf|cast5|idea)(?:_\w{1,20})?\s{0,5}\(`,
      String.raw`\bEVP_\w{1,24}_ecb\s{0,5}\(`,
      String.raw`\b(?:DES|BF|RC4|RC2|AES_ecb)_\w{1,30}\s{0,5}\(`,
      String.raw`\bRC4\s{0,5}\(`,
      // By name: EVP_get_cipherbyname("des-ede3-cbc"), OpenSSL 3's EVP_CIPHER_fetch(ctx, "AES-128-ECB", props).
      String.raw`\b(?:EVP_get_cipherbyname\s{0,5}\(|EVP_CIPHER_fetch\s{0,5}\([^,;()\n]{1,60},)\s{0,60}"(?:[^"\n]{0,20}-ECB|[^"\n]{0,20}-ecb|(?:DES|des|RC4|rc4|RC2|rc2|BF|bf|CAST5|cast5|IDEA|idea)\b[^"\n]{0,20})"`,
      // Crypto++: ECB_Mode<AES>, the weak namespace's ARC4, DES itself.
      String.raw`\b(?:CryptoPP\s{0,5}::\s{0,5})?ECB_Mode\s{0,5}<|\bCryptoPP\s{0,5}::\s{0,5}(?:Weak1?\s{0,5}::\s{0,5}ARC4|DES(?:_EDE[23])?|Blowfish|RC2)\b`,
      String.raw`\b(?:CALG_(?:DES|3DES|3DES_112|RC4|RC2)|BCRYPT_(?:DES|3DES|RC4|RC2)_ALGORITHM|kCCAlgorithm(?:DES|3DES|RC4|RC2|Blowfish)|kCCOptionECBMode)\b`,
      // mbedTLS and wolfSSL: DES, RC4 (ARC4), Blowfish, and AES applied block by block (ECB).
      // (mbedtls_aes_crypt_ecb() itself encrypts one block: the primitive CTR, CMAC and key wrapping are built on.)
      String.raw`\bmbedtls_(?:des3?_(?:setkey_(?:enc|dec)|set[23]key_(?:enc|dec)|crypt_(?:ecb|cbc))|arc4_(?:setup|crypt)|blowfish_(?:setkey|crypt_\w{2,5}))\s{0,5}\(|\bMBEDTLS_(?:CIPHER_(?:DES|BLOWFISH|ARC4)_\w{1,20}|CIPHER_\w{1,20}_ECB|MODE_ECB)\b`,
      String.raw`\bwc_(?:Des3?_(?:SetKey|CbcEncrypt|CbcDecrypt|EcbEncrypt|EcbDecrypt)|Arc4(?:SetKey|Process)|AesEcb(?:En|De)crypt)\s{0,5}\(`,
      // Botan's factories by name.
      String.raw`\b(?:BlockCipher|StreamCipher|Cipher_Mode)\s{0,5}::\s{0,5}create(?:_or_throw)?\s{0,5}\(\s{0,5}"(?:DES|TripleDES|3DES|DESX|Blowfish|RC4|ARC4|RC2|CAST-128|[^"\n]{1,30}/ECB\b)`,
      String.raw`\bget_cipher_mode\s{0,5}\(\s{0,5}"[^"\n]{1,30}/ECB\b`,
      // A cipher list that names RC4, DES, NULL or EXPORT suites (a name after ! is excluded, not enabled).
      String.raw`\bSSL(?:_CTX)?_set_cipher_list\s{0,5}\([^,()\n]{1,60},\s{0,60}"(?:[^"\n]{0,200}?[:, ])?(?:RC4|DES|3DES|NULL|EXPORT|eNULL|aNULL|MD5)[:,"\s]`,
    ],
    keywords: ['cipherbyname', 'evp_cipher_fetch', 'ecb_mode', 'cryptopp::', 'des', 'rc4', 'rc2', 'bf_', '_ecb', 'cast5', 'idea', 'calg_', 'kccalgorithm', 'kccoptionecb', 'set_cipher_list', 'arc4', 'blowfish', 'cast-128', '/ecb', 'mode_ecb', 'aesecb'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, 3DES, RC4, RC2 and Blowfish are broken or too weak, and ECB mode leaks patterns of the plaintext.',
    examples: {
      bad: [
        'EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, "AES-128-ECB", NULL);', 'const EVP_CIPHER *c = EVP_get_cipherbyname("des-ede3-cbc");', 'CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key, key.size());', 'CryptoPP::Weak::ARC4 rc4(key, key.size());','cipher = EVP_des_ede3_cbc();', 'EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);', 'RC4_set_key(&rc4key, len, key);', 'DES_ecb_encrypt(&in, &out, &ks, DES_ENCRYPT);', 'void BF_encrypt(BF_LONG *data, const BF_KEY *key);', 'SSL_CTX_set_cipher_list(ctx, "ALL:RC4:DES");', 'RC4(&rc4key, len, plaintext, ciphertext);', 'CryptDeriveKey(hProv, CALG_RC4, hHash, 0, &hKey);',
        'ret = mbedtls_des3_crypt_cbc(&des3, MBEDTLS_DES_ENCRYPT, len, iv, plain, cipher);', 'mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB));',
        'ret = wc_Des3_CbcEncrypt(&enc, out, in, sz);', 'auto mode = Botan::Cipher_Mode::create("AES-128/ECB/PKCS7", Botan::ENCRYPTION);',
        'auto cipher = Botan::BlockCipher::create_or_throw("Blowfish");', 'auto enc = Botan::get_cipher_mode("AES-128/ECB", Botan::ENCRYPTION);'],
      good: [
        'EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);', 'CryptoPP::GCM<CryptoPP::AES>::Encryption enc;','EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);', 'CryptDeriveKey(hProv, CALG_AES_256, hHash, 0, &hKey);', 'EVP_chacha20_poly1305();', '/* EVP_des_cbc() is insecure */', 'int describe(void);', 'SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!RC4");',
        'ret = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, len, iv, 12, NULL, 0, in, out, 16, tag);', 'ret = wc_AesGcmEncrypt(&aes, out, in, sz, iv, 12, tag, 16, NULL, 0);',
        'auto mode = Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);', 'mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, counter, keystream);'],
    },
  },
  {
    id: 'c.unauthenticated-cipher-mode',
    ...UNAUTHENTICATED_CIPHER_MODE_RULE,
    languages: C_FAMILY,
    patterns: [
      String.raw`\bEVP_(?:aes|camellia|aria|sm4|seed)_(?:\d{3}_)?(?:cbc|ctr|ofb|cfb(?:1|8|64|128)?)\s*\(`,
      String.raw`\b(?:AES_cbc_encrypt|AES_ctr128_encrypt|AES_cfb128_encrypt|AES_ofb128_encrypt)\s*\(`,
    ],
    keywords: ['cbc', 'ctr', 'cfb', 'ofb'],
    message: 'CBC, CTR, CFB and OFB encrypt without integrity, so unless a MAC covers the ciphertext an attacker can alter it or use a padding oracle.',
    examples: {
      bad: ['EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);', 'return EVP_aes_128_ctr();', 'AES_cbc_encrypt(in, out, len, &key, iv, AES_ENCRYPT);'],
      good: ['EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);', 'return EVP_chacha20_poly1305();', '// EVP_aes_256_cbc() needs a MAC'],
    },
  },
  {
    id: 'c.tmpnam-call',
    title: 'Create temporary files with mkstemp()',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\b(?:tmpnam|tmpnam_r|tempnam|_tempnam|_wtmpnam|_wtempnam|mktemp|_mktemp|_wmktemp)\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['tmpnam', 'tempnam', 'mktemp'],
    scope: 'code',
    lesson: 'insecure-temp-files',
    cwe: ['CWE-377'],
    owasp: 'A01:2021',
    message: 'tmpnam(), tempnam() and mktemp() return a name that another process can create first, so the file you open may be an attacker\'s.',
    examples: {
      bad: ['char *name = tmpnam(NULL);', 'mktemp(path);', 'tmpnam(filename_out);'],
      good: ['int fd = mkstemp(path);', 'FILE *f = tmpfile();', 'char *dir = mkdtemp(tmpl);', 'extern char *tmpnam (char *__s);'],
    },
  },
  {
    id: 'cpp.auto-ptr',
    title: 'Replace std::auto_ptr with std::unique_ptr',
    languages: CPP,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bauto_ptr\s*<`],
    keywords: ['auto_ptr'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-665', 'CWE-416'],
    owasp: 'A06:2021',
    message: 'std::auto_ptr silently moves ownership on copy (and is removed in C++17), which leads to null dereferences and double frees.',
    examples: {
      bad: ['std::auto_ptr<Foo> p(new Foo());', 'typedef std::auto_ptr<Reader> ReaderPtr;'],
      good: ['std::unique_ptr<Foo> p(new Foo());', 'auto p = std::make_unique<Foo>();', '// std::auto_ptr<Foo> was removed'],
    },
  },
  {
    id: 'c.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: C_FAMILY,
    patterns: [
      String.raw`\bf?chmod(?:at)?\s{0,5}\([^;()\n]{0,200}?(?:\b0[0-7]?[0-7][0-7][2367]\b|\bS_IWOTH\b|\bS_IRWXO\b)`,
      // umask(0): every file and folder created from here on is world-writable.
      String.raw`(?:^|[^\w.>])umask\s{0,5}\(\s{0,60}0{1,10}\s{0,5}\)`,
      String.raw`\bpermissions\s{0,5}\([^;()\n]{1,100}\bperms::(?:all|others_write|others_all)\b`,
    ],
    unlessMatch: [String.raw`&\s{0,5}0[0-7]{3,4}$`],
    keywords: ['chmod', 'umask', 'perms::'],
    examples: {
      bad: ['chmod(path, 0777);', 'fchmod(fd, 0666);', 'chmod(sock_path, S_IRWXU | S_IRWXG | S_IRWXO);', 'umask(0);', 'std::filesystem::permissions(p, std::filesystem::perms::all);'],
      good: ['chmod(path, 0755);', 'fchmod(fd, 0600);', 'chmod(path, S_IRUSR | S_IWUSR);', 'mkdir(path, 0777);', 'umask(077);', 'std::filesystem::permissions(p, std::filesystem::perms::owner_all);'],
    },
  },
  {
    id: 'c.tls-verify-disabled',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: C_FAMILY,
    patterns: [
      String.raw`\bSSL_(?:CTX_)?set_verify ?\([^;()\n]{0,200}\bSSL_VERIFY_NONE\b`,
      String.raw`\bCURLOPT_SSL_VERIFY(?:PEER|HOST)\s{0,60},\s{0,60}(?:0L?|false|FALSE)\s{0,60}\)`,
      // Qt: a socket that verifies no peer, or a reply told to ignore every TLS error (not a list of expected ones).
      String.raw`\bsetPeerVerifyMode\s{0,5}\(\s{0,60}(?:QSslSocket\s{0,5}::\s{0,5})?VerifyNone\b`,
      String.raw`\bignoreSslErrors\s{0,5}\(\s{0,5}\)`,
      // Boost.Asio and its SSL streams.
      String.raw`\bset_verify_mode\s{0,5}\(\s{0,60}(?:boost\s{0,5}::\s{0,5})?(?:asio\s{0,5}::\s{0,5})?ssl\s{0,5}::\s{0,5}verify_none\b`,
      // A verify callback (int preverify_ok, X509_STORE_CTX *ctx) whose whole body is `return 1;`: every certificate passes.
      String.raw`\(\s{0,5}int(?:\s{1,5}\w{1,60})?\s{0,5},\s{0,5}X509_STORE_CTX\s{0,5}\*\s{0,5}\w{0,60}\s{0,5}\)\s{0,60}\{\s{0,60}(?:\(\s{0,5}void\s{0,5}\)\s{0,5}\w{1,60}\s{0,5};\s{0,60}){0,2}return\s{1,5}(?:1|true)\s{0,5};\s{0,60}\}`,
    ],
    keywords: ['verifynone', 'ignoresslerrors', 'verify_none', 'ssl_verify_none', 'curlopt_ssl_verify', 'X509_STORE_CTX'],
    reach: 'block',
    examples: {
      bad: [
        'socket->setPeerVerifyMode(QSslSocket::VerifyNone);', 'reply->ignoreSslErrors();', 'ctx.set_verify_mode(boost::asio::ssl::verify_none);',
        'SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);', 'curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);', 'curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0);',
        'static int verify_cb(int ok, X509_STORE_CTX *x) { return 1; }',
        'static int always_ok(int preverify_ok, X509_STORE_CTX *store)\n{\n    (void)preverify_ok;\n    (void)store;\n    return 1;\n}',
        'SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });',
      ],
      good: [
        'reply->ignoreSslErrors(expectedSslErrors);', 'ctx.set_verify_mode(ssl::verify_peer);', 'socket->setPeerVerifyMode(QSslSocket::VerifyPeer);',
        'SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);', 'curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);', 'curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);',
        'static int verify_cb(int ok, X509_STORE_CTX *x) { return ok; }',
        'static int verify_cb(int ok, X509_STORE_CTX *x)\n{\n    if (!ok)\n        log_error(X509_STORE_CTX_get_error(x));\n    return ok;\n}',
      ],
    },
  },
  {
    id: 'c.copy-length-from-source',
    title: 'Bound copies by the destination size',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:strncpy|strncat|wcsncpy|wcsncat)\s{0,5}\([^;()\n]{0,200},\s{0,60}(?:strlen|wcslen)\s{0,5}\([^;()\n]{1,200}\)\s{0,5}(?:\+\s{0,60}1\s{0,5})?\)`,
      String.raw`\bstrncat\s{0,5}\([^;,()\n]{1,200},[^;,()\n]{1,200},\s{0,60}sizeof(?:\s{0,5}\(\s{0,60}[\w.>\-]{1,100}\s{0,5}\)|\s{1,5}[\w.>\-]{1,100})\s{0,60}\)`,
    ],
    keywords: ['strlen', 'wcslen', 'strncat'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120', 'CWE-805'],
    owasp: 'A06:2021',
    message: 'The copy length comes from the source (or ignores what the destination already holds), so it does not stop a long input from overflowing the destination.',
    examples: {
      bad: ['strncpy(buf, name, strlen(name) + 1);', 'strncpy(buf, name, strlen(name));', 'strncat(path, name, sizeof(path));'],
      good: ['memcpy(copy, src, strlen(src) + 1);', 'strncpy(buf, name, sizeof buf - 1);', 'strncat(path, name, sizeof(path) - strlen(path) - 1);', 'size_t n = strlen(src);'],
    },
  },
  {
    id: 'c.alloc-missing-terminator',
    title: 'Allocate room for the terminating NUL',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // Bounded runs, and an argument that starts with no blank, so the blanks before it are matched one way only.
      String.raw`\b(?:malloc|xmalloc|g_malloc|alloca)\s{0,5}\(\s{0,20}(?:strlen|wcslen)\s{0,5}\(\s{0,20}[^\s()][^()\n]{0,79}\)\s{0,5}\)`,
      String.raw`\bnew\s{1,5}(?:char|wchar_t)\s{0,5}\[\s{0,5}(?:strlen|wcslen)\s{0,5}\(\s{0,20}[^\s()][^()\n]{0,79}\)\s{0,5}\]`,
    ],
    keywords: ['strlen', 'wcslen'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-131', 'CWE-193'],
    owasp: 'A06:2021',
    message: 'strlen() does not count the terminating NUL, so copying the string into this buffer writes one byte past its end; allocate strlen(s) + 1.',
    examples: {
      bad: ['char *copy = malloc(strlen(src));', 'char *copy = (char *)malloc(strlen(name));', 'char *buf = new char[strlen(s)];'],
      good: ['char *copy = malloc(strlen(src) + 1);', 'char *buf = new char[strlen(s) + 1];', 'char *twice = malloc(strlen(s) * 2 + 1);', 'size_t n = strlen(src);'],
    },
  },
  {
    id: 'c.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: C_FAMILY,
    patterns: [String.raw`\bPKCS5_PBKDF2_HMAC(?:_SHA1)?\s{0,5}\((?:[^,()\n]{1,100}(?:\([^()\n]{0,60}\))?,){4}\s{0,60}\d{1,4}\s{0,5},`],
    keywords: ['pkcs5_pbkdf2_hmac'],
    examples: {
      bad: ['PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 1000, EVP_sha256(), 32, key);'],
      good: ['PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 600000, EVP_sha256(), 32, key);', 'PKCS5_PBKDF2_HMAC(password, len, salt, slen, ITERATIONS, EVP_sha256(), 32, key);'],
    },
  },
  {
    id: 'c.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: C_FAMILY,
    patterns: [
      String.raw`\b(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method\s{0,5}\(`,
      String.raw`\bSSL(?:_CTX)?_set_min_proto_version\s{0,5}\([^,()\n]{1,60},\s{0,60}(?:SSL3_VERSION|TLS1_VERSION|TLS1_1_VERSION)\b`,
    ],
    keywords: ['_method', 'set_min_proto_version'],
    examples: {
      bad: ['SSL_CTX *ctx = SSL_CTX_new(TLSv1_method());', 'SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);'],
      good: ['SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());', 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);'],
    },
  },
  {
    id: 'c.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: C_FAMILY,
    // The other operand is not a literal: a lexer's strcmp(token, "else") or a parser's strcmp(node->tag, "div")
    // compares no secret (mac also covers hmac).
    patterns: [String.raw`\b(?:memcmp|strcmp|strncmp|bcmp)\s{0,5}\(\s{0,60}[^,()\n]{0,40}(?:mac|MAC|digest|signature|token|password|passwd|secret|tag)\w{0,20}\s{0,5},\s{0,60}[^"\s]`],
    keywords: ['memcmp', 'strcmp', 'strncmp', 'bcmp'],
    message: 'memcmp and strcmp stop at the first differing byte, so response times can reveal a secret byte by byte; use CRYPTO_memcmp or a constant-time loop.',
    examples: {
      bad: ['if (memcmp(computed_hmac, received_hmac, HMAC_LEN) == 0) return 1;', 'if (strcmp(password, stored_password) == 0) login_ok = 1;'],
      good: ['if (CRYPTO_memcmp(computed_hmac, received_hmac, HMAC_LEN) == 0) return 1;', 'if (strcmp(token, "else") == 0) return ELSE;'],
    },
  },
  {
    id: 'c.predictable-tmp-path',
    title: 'Create temporary files with mkstemp',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bfopen\s{0,5}\(\s{0,60}"/tmp/[^"\n]{1,100}"\s{0,5},\s{0,60}"[wa]`,
      // open() with O_CREAT but without O_EXCL follows a symlink planted at that name.
      String.raw`\bopen\s{0,5}\(\s{0,60}"/tmp/[^"\n]{1,100}"\s{0,5},\s{0,60}O_CREAT(?:\s{0,5}\|\s{0,5}O_(?:WRONLY|RDWR|TRUNC|APPEND|CLOEXEC)){0,6}\s{0,5}[,)]`,
      String.raw`\b(?:std::)?ofstream\s{0,5}(?:\w{1,40}\s{0,5})?[({]\s{0,5}"/tmp/[^"\n]{1,100}"`,
    ],
    keywords: ['/tmp/'],
    scope: 'code',
    lesson: 'insecure-temp-files',
    cwe: ['CWE-377', 'CWE-59'],
    owasp: 'A01:2021',
    message: 'A fixed name under /tmp can be created first by another local user as a symlink, so this write lands in a file they choose; use mkstemp() or a private directory.',
    examples: {
      bad: ['FILE *fp = fopen("/tmp/myapp.tmp", "w");', 'int fd = open("/tmp/lockfile", O_CREAT | O_RDWR, 0644);', 'std::ofstream out("/tmp/data.txt");'],
      good: ['int fd = mkstemp(template_path);', 'int fd = open("/tmp/lockfile", O_CREAT | O_EXCL | O_RDWR, 0600);', 'FILE *fp = fopen("/tmp/input.txt", "r");'],
    },
  },
  {
    id: 'c.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    // Only its name says the array holds a key.
    confidence: 'medium',
    languages: C_FAMILY,
    // The array's name ends in the word key (key, aes_key, encKey, AES_KEY), not keyword, keyfile or hotkey. A pointer
    // named so counts only when the literal is cast to bytes, as OpenSSL's examples do: `const char *key = "user.id"`
    // is far more often a lookup key.
    patterns: [
      String.raw`\b(?:unsigned\s{1,5}char|uint8_t|u_char|char|BYTE)(?:\s{1,60}${KEY_NAME}\s{0,60}\[\s{0,60}\w{0,20}\s{0,5}\]\s{0,5}=\s{0,60}|\s{0,60}\*\s{0,60}${KEY_NAME}\s{0,5}=\s{0,60}${BYTE_POINTER_CAST})"(?<secret>[^"\n]{8,1000})"`,
    ],
    // A weak key ("0123456789abcdef") in a key array is still the key; only a stand-in to replace is none.
    matcher: 'not-stand-in',
    unlessMatch: [...HARDCODED_KEY_RULE.unlessMatch, ...NOT_A_CREDENTIAL],
    keywords: ['key'],
    examples: {
      bad: [
        'unsigned char key[16] = "thisisakey123456";\nAES_set_encrypt_key(key, 128, &aes);',
        'static const unsigned char key[] = "0123456789abcdef";',
        'unsigned char *key = (unsigned char *)"01234567890123456789012345678901";',
      ],
      good: ['unsigned char key[32];\nRAND_bytes(key, sizeof key);', 'const char *key = "session.user_id";', 'char keyword[32] = "whileforeverloop";', 'char keyfile[64] = "/etc/ssl/private/server.key";', 'static const unsigned char key[] = "YOUR_AES_KEY_HERE";'],
    },
  },
  {
    id: 'c.snprintf-offset-accumulate',
    title: 'Check snprintf() before advancing by its result',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\+=\s*(?:\w{1,20}::)?v?snprintf\s*\(`],
    keywords: ['snprintf'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-119', 'CWE-787'],
    owasp: 'A06:2021',
    message: 'snprintf() returns the length it wanted to write, not what fit, so adding it to an offset can move past the buffer end.',
    examples: {
      bad: ['pos += snprintf(buf + pos, sizeof buf - pos, "%d,", v);', 'n += vsnprintf(out + n, size - n, fmt, ap);'],
      good: ['int w = snprintf(buf + pos, sizeof buf - pos, "%d,", v); if (w < 0 || (size_t)w >= sizeof buf - pos) break; pos += w;'],
    },
  },
  {
    id: 'c.snprintf-result-unchecked',
    title: 'Check what snprintf() returns before using it',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'medium',
    // `n = snprintf(...);` whose next statement is not a check (if, assert, return, a preprocessor line or comment).
    patterns: [
      // (va_end() may come between: the statement after it is the one that counts.)
      String.raw`\b[A-Za-z_][\w.\[\]>-]{0,40}[ \t]{0,10}=[ \t]{0,10}(?:\w{1,20}::)?\w{0,16}snprintf[ \t]{0,10}\([^;{}]{0,400}\)[ \t]{0,10};(?:[ \t]{0,10}//[^\n]{0,200}\n)?\s{0,40}(?:va_end[ \t]{0,10}\([^()\n]{0,40}\)[ \t]{0,10};\s{0,40})?(?:[b-hj-qs-uw-zA-Z_*(]|i(?:[^f]|f\w)|r(?:[^e]|e[^t])|a(?:[^s]|s[^s])|v(?:[^a]|a[^_]))`,
    ],
    unless: [String.raw`\bif[ \t]{0,10}\(`, String.raw`\bwhile[ \t]{0,10}\(`],
    keywords: ['snprintf'],
    reach: 'block',
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-119', 'CWE-787'],
    owasp: 'A06:2021',
    message: 'snprintf() returns the length it wanted to write (or a negative error), not what fit, so using that value as a length or offset before checking it against the buffer size can run past the end.',
    examples: {
      bad: [
        'pos = snprintf(buf, sizeof(buf), "OUT[%04x]:", key);\nleft = sizeof(buf) - pos;',
        'int len = vsnprintf(out, sizeof(temp), fmt, args);\nout[len] = 0;',
        'nSize = CPLsnprintf(szBuffer, sizeof(szBuffer), "NaN");\nelse if (x)',
        'pos = snprintf(buf, sizeof(buf), "%s/", dir); // the directory part\nleft = sizeof(buf) - pos;',
        'n = vsnprintf(lb->data + lb->used, lb->cap - lb->used, fmt, ap);\nva_end(ap);\nlb->used += n;',
      ],
      good: [
        'int n = snprintf(buf, sizeof buf, "%d", v); // format\nif (n < 0 || (size_t)n >= sizeof buf) return -1;',
        'int n = snprintf(buf, sizeof buf, "%d", v);\nif (n < 0 || (size_t)n >= sizeof buf) return -1;',
        'len = vsnprintf(next, size, format, va);\n#endif\n',
        'int n = vsnprintf(out, size, fmt, ap);\nva_end(ap);\nreturn n;',
        'n = vsnprintf(lb->data + lb->used, lb->cap - lb->used, fmt, ap);\nva_end(ap);\nif (n < 0 || (size_t)n >= lb->cap - lb->used) return;',
        'if ((n = snprintf(buf, sizeof buf, "%s", s)) < 0) abort();',
        'snprintf(buf, sizeof buf, "%d", v);\nputs(buf);',
      ],
    },
  },
  {
    id: 'c.strtok-call',
    title: 'Prefer strtok_r() to strtok()',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\bstrtok\s*\(`],
    unless: [PROTOTYPE, EXTERN],
    keywords: ['strtok'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-676'],
    owasp: 'A06:2021',
    message: 'strtok() keeps hidden static state and modifies its input, so concurrent or nested use corrupts parsing.',
    examples: {
      bad: ['char *tok = strtok(line, ",");'],
      good: ['char *tok = strtok_r(line, ",", &save);', 'char *strtok(char *s, const char *delim);'],
    },
  },
  {
    id: 'c.alloca-variable',
    title: 'Avoid alloca() with a variable size',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\b_?alloca\s*\(\s*[A-Za-z_(]`],
    unless: [String.raw`\balloca\s*\(\s*sizeof\s*\(`, PROTOTYPE, EXTERN],
    keywords: ['alloca'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-770', 'CWE-121'],
    owasp: 'A06:2021',
    message: 'alloca() with a size from the program can exhaust the stack without any error, which attackers use to jump past guard pages.',
    examples: {
      bad: ['char *tmp = alloca(len);'],
      good: ['char *tmp = alloca(64);', 'char *tmp = malloc(len);', 'struct s *p = alloca(sizeof(struct s));'],
    },
  },
  {
    id: 'c.realpath-fixed-buffer',
    title: 'Let realpath() allocate its result',
    languages: C_FAMILY,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\brealpath ?\([^;,()\n]*, ?[A-Za-z_][\w.>\-]* ?\)`],
    unless: [PROTOTYPE, EXTERN],
    unlessMatch: [String.raw`,\s*(?:NULL|nullptr|0)\s*\)$`],
    keywords: ['realpath'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120', 'CWE-785'],
    owasp: 'A06:2021',
    message: 'realpath() into a caller buffer assumes PATH_MAX bytes, which is not a real limit on every system, so it can overflow.',
    examples: {
      bad: ['realpath(path, resolved);'],
      good: ['char *resolved = realpath(path, NULL);'],
    },
  },
  {
    id: 'c.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: C_FAMILY,
    patterns: [
      // A C++ member's trailing underscore included (client_secret_ = "...").
      String.raw`(?:\b|_)` + CREDENTIAL_NAME + String.raw`_?(?:\[\w{0,10}\])?[ \t]{0,10}(?:=[ \t]{0,10}\{?|\{)[ \t]{0,10}(?:L|u8|u|U)?"(?<secret>[^"\s]{3,200})"`,
      // camelCase and Google-style constant names: kDbPassword, adminApiKey.
      CREDENTIAL_IDENTIFIER + String.raw`(?:\[\w{0,10}\])?[ \t]{0,10}(?:=[ \t]{0,10}\{?|\{)[ \t]{0,10}(?:L|u8|u|U)?"(?<secret>[^"\s]{3,200})"`,
      // Copied into a credential field: strncpy(cfg.password, "...", sizeof cfg.password - 1).
      String.raw`\bstr[nl]?cpy\s{0,5}\(\s{0,5}[\w.>\[\]-]{0,60}?(?:\b|_)` + CREDENTIAL_NAME + String.raw`\s{0,5},\s{0,5}"(?<secret>[^"\s]{3,200})"`,
      String.raw`#[ \t]{0,10}define[ \t]{1,10}\w{0,30}(?:PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|AUTH_?TOKEN|ACCESS_?TOKEN)(?:_(?:KEY|TOKEN|VALUE|STR))?[ \t]{1,10}(?:L|u8)?"(?<secret>[^"\s]{3,200})"`,
      // A setter given the literal: conn.setPassword("..."), client->set_api_key("...").
      String.raw`\bset_?(?:[Pp]assword|PASSWORD|[Ss]ecret|[Aa]pi_?[Kk]ey|[Aa]uth_?[Tt]oken|[Aa]ccess_?[Tt]oken|[Pp]rivate_?[Kk]ey)\s{0,5}\(\s{0,5}(?:L|u8)?"(?<secret>[^"\s]{3,200})"\s{0,5}\)`,
      // mysql_real_connect(conn, host, user, "pw", ...), CURLOPT_USERPWD "user:pw"
      String.raw`\bmysql_real_connect\s{0,5}\(\s{0,20}[^\s,()][^,()\n]{0,59},\s{0,20}(?:"[^"\n]{0,100}"|[\w.>-]{1,60})\s{0,5},\s{0,20}(?:"[^"\n]{0,100}"|[\w.>-]{1,60})\s{0,5},\s{0,20}"(?<secret>[^"\s]{3,200})"`,
      String.raw`\bCURLOPT_(?:USERPWD|PROXYUSERPWD)\s{0,5},\s{0,20}"[^":\n]{1,100}:(?<secret>[^"\s]{3,200})"`,
    ],
    // A printf directive, or the field's own name (`#define CONF_PASSWORD "password"`), is no value; nor a JSON key's
    // or a label's text under a constant's name (kAuthTokenKey[] = "authToken", kLabelPassword[] = "Password:").
    unlessMatch: [...NOT_A_CREDENTIAL, PRINTF_CONVERSION, String.raw`^[a-z]+(?:[A-Z][a-z]+)+$`, String.raw`^[A-Z]?[a-z]+(?: [a-z]+){0,3}:$`],
    keywords: [...CREDENTIAL_KEYWORDS, 'mysql_real_connect', 'userpwd', 'setpassword', 'set_password'],
    message: 'A password or key is written into the code, so everyone with the source or the binary (strings shows it) has it and rotating it needs a release; read it from the environment, a config file outside the repository or a secret store.',
    examples: {
      bad: [
        'const char *db_password = "hunter2";',
        'private_key = "NEW:BEST";',
        'std::string apiKey{"k3y!"};',
        'const std::string kDbPassword = "Inv3nt0ry!2022";',
        'strncpy(dbc.password, "R3p0rt!ng2021", sizeof dbc.password - 1);',
        'char password[] = "s3cr3t";',
        '#define ADMIN_PASSWORD "admin123"', '#define SECRET_KEY "a3f1c9e27b4d8f60e5a1b2c3d4e5f6a7"', 'std::string client_secret_ = "Qz8vLm2Tr4Wx9Ka7Pn3Bd6Fh";', 'conn.setPassword("Hx7!kq2LmP9w");', 'mysql_real_connect(conn, "localhost", "root", "Sup3rSecret!", "app", 0, NULL, 0);', 'curl_easy_setopt(curl, CURLOPT_USERPWD, "admin:Sup3rSecret");'],
      good: [
        'const char *db_password = getenv("DB_PASSWORD");',
        'const std::string kDbPasswordEnv = "DB_PASSWORD";',
        'constexpr char kGaiaAuthToken[] = "authToken";',
        'constexpr char kLabelPassword[] = "Password:";',
        'strncpy(dbc.password, getenv("DB_PASSWORD"), sizeof dbc.password - 1);',
        'client_info_.client_secret = "test_client_secret";',
        'password = "";',
        'if (password == "") return;',
        '#define PASSWORD_PROMPT "Password: "', '#define SECRET_KEY_FILE "/etc/app/secret.key"', 'conn.setPassword(getenv("DB_PASSWORD"));',
        'api_key = "YOUR_API_KEY";', 'mysql_real_connect(conn, host, user, getenv("DB_PASSWORD"), "app", 0, NULL, 0);',
        'PGconn *conn = PQconnectdb("host=db.internal user=app dbname=app");'],
    },
  },
  {
    id: 'c.xml-entity-expansion',
    title: 'Do not let libxml2 expand external entities',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bXML_PARSE_(?:NOENT|DTDLOAD)\b`, String.raw`\bxmlSubstituteEntitiesDefault\s{0,5}\(\s{0,5}1\s{0,5}\)`],
    keywords: ['xml_parse_noent', 'xml_parse_dtdload', 'xmlsubstituteentitiesdefault'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'These libxml2 options substitute entities or load external DTDs, so a document can pull in local files or URLs (XXE); parse without them.',
    examples: {
      bad: ['doc = xmlReadMemory(buf, len, "upload.xml", NULL, XML_PARSE_NOENT);', 'xmlSubstituteEntitiesDefault(1);'],
      good: ['doc = xmlReadMemory(buf, len, "upload.xml", NULL, XML_PARSE_NONET);', 'xmlSubstituteEntitiesDefault(0);'],
    },
  },
  {
    id: 'c.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: C_FAMILY,
    patterns: [
      // The key object may be a member or a smart pointer's: key->rsa, rsa.get().
      String.raw`\b${KEY_GENERATION_UP_TO_BITS}${SHORT_MODULUS_BITS}${BITS_END}`,
    ],
    keywords: KEY_GENERATION_KEYWORDS,
    examples: {
      bad: [
        'EVP_PKEY *key = EVP_RSA_gen(1024);', 'RSA_generate_key_ex(rsa, 512, e, NULL);', 'RSA_generate_key_ex(key->rsa, 768, key->e, &cb);', 'RSA_generate_key_ex(rsa.get(), 1024, e.get(), nullptr);',
        'EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1536);', 'DSA_generate_parameters_ex(dsa, 1024, NULL, 0, NULL, NULL, NULL);',
        'if (!RSA_generate_key_ex(h->rsa,\n                         1024,\n                         e,\n                         NULL))', 'EVP_PKEY *k = EVP_RSA_gen(512 /* bits */);',
        'ret = mbedtls_rsa_gen_key(&rsa, mbedtls_ctr_drbg_random, &ctr_drbg, 1024, 65537);', 'ret = wc_MakeRsaKey(&key, 1024, WC_RSA_EXPONENT, &rng);',
      ],
      good: ['EVP_PKEY *key = EVP_RSA_gen(3072);', 'ret = mbedtls_rsa_gen_key(&rsa, mbedtls_ctr_drbg_random, &ctr_drbg, 3072, 65537);', 'ret = wc_MakeRsaKey(&key, 2048, WC_RSA_EXPONENT, &rng);', 'RSA_generate_key_ex(rsa, bits, e, NULL);', 'EVP_PKEY *k = EVP_RSA_gen(4096 /* was 1024 */);'],
    },
  },
  {
    id: 'c.rsa-short-key-variable',
    ...SHORT_RSA_KEY_RULE,
    title: 'Give RSA and DSA key generation at least 2048 bits, also through a variable',
    languages: C_FAMILY,
    // A short key size assigned to a variable, reported, and the key generation within the next lines given that
    // variable; the matcher checks that it is the same one and that nothing assigns it again in between.
    patterns: [
      String.raw`\b(?<report>[A-Za-z_]\w{0,40}(?:(?:\.|->)\w{1,40}){0,3}\s{0,5}=\s{0,5}${SHORT_MODULUS_BITS}\s{0,5};)[\s\S]{0,800}?\b${KEY_GENERATION_UP_TO_BITS}[\w.>-]{1,60}\s{0,5}[,)]`,
    ],
    matcher: 'passes-assigned-key-size',
    keywords: KEY_GENERATION_KEYWORDS,
    reach: 'file',
    message: 'This key size, under 2048 bits, is what the RSA or DSA key generation below is given: a key that short can be broken with enough computing power, so what it signs or protects can be forged or read; make it 2048 or more (3072 for keys that must last past 2030).',
    examples: {
      bad: [
        'int bits = 1024;\nRSA *rsa = RSA_new();\nRSA_generate_key_ex(rsa, bits, e, NULL);',
        'int key_bits = 2048;\nif (opts->fast)\n    key_bits = 512;\nreturn RSA_generate_key_ex(rsa, key_bits, e, NULL);',
        'if (cfg->bits == 0)\n    cfg->bits = 768;\nif (!RSA_generate_key_ex(rsa, cfg->bits, e, cb))',
        'const unsigned bits = 1536;\nEVP_PKEY *pkey = EVP_RSA_gen(bits);',
        'int bits = 1024;\nret = mbedtls_rsa_gen_key(&rsa, mbedtls_ctr_drbg_random, &ctr_drbg, bits, 65537);',
        'size_t nbits = 1024;\nrsa = RSA_generate_key(nbits, RSA_F4, NULL, NULL);',
        'int bits = 1024;\nif (fips_mode)\n    bits = 3072;\nRSA_generate_key_ex(rsa, bits, e, NULL);',
        'rsa_bits = 1024;\nif (argc > 1)\n    rsa_bits = atoi(argv[1]);\nk = EVP_RSA_gen(rsa_bits);',
      ],
      good: [
        'int bits = 1024;\nif (legacy) {\n    warn_legacy();\n}\nbits = 3072;\nRSA_generate_key_ex(rsa, bits, e, NULL);',
        'int bits = 3072;\nRSA_generate_key_ex(rsa, bits, e, NULL);',
        'int bits = 1024;\nbits = configured_bits(cfg);\nRSA_generate_key_ex(rsa, bits, e, NULL);',
        'size_t len = 1024;\nchar *buf = malloc(len);\nEVP_PKEY *pkey = EVP_RSA_gen(key_bits);',
        'int bits = 1024;\nint ok = bits == 1024;\nEVP_PKEY *pkey = EVP_RSA_gen(4096);',
      ],
    },
  },
  {
    id: 'c.memcpy-stack-buffer',
    title: 'Bound copies into fixed-size arrays',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    // From a byte array's declaration to the first memcpy/memmove within a few hundred characters, which is
    // reported; the matcher checks that the copy writes into that array with a count it does not bound.
    patterns: [
      String.raw`\b(?:(?:unsigned|signed)\s{1,5})?(?:char|u?int8_t|uint8|BYTE|UChar|wchar_t|TCHAR|WCHAR)\s{1,5}\w{1,60}\s{0,5}\[\s{0,5}[^\]\n]{1,60}\]\s{0,5}(?:=\s{0,5}\{[^;\n]{0,100}\}\s{0,5})?;[\s\S]{0,600}?(?<report>\b(?:mem(?:cpy|move)|(?:Rtl)?(?:Copy|Move)Memory)\s{0,5}\(\s{0,5}&?\w{1,60}(?:\s{0,5}\[\s{0,5}0\s{0,5}\])?\s{0,5},[^;\n]{1,200}\)\s{0,5};)`,
    ],
    matcher: 'copies-into-declared-array',
    keywords: ['memcpy', 'memmove', 'copymemory', 'movememory'],
    reach: 'file',
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-121'],
    owasp: 'A06:2021',
    message: 'This copies a count of bytes that nothing bounds into a fixed-size array on the stack, so a longer input overwrites the stack (and the return address); check the count against sizeof the array first.',
    examples: {
      bad: [
        'BYTE key[16];\nRtlCopyMemory(key, packet->data, packet->len);',
        'unsigned char payload[256];\nmemcpy(payload, pkt->data, pkt->len);',
        'char name[64];\nint n = read_len(sock);\nmemmove(name, src, n);',
        'char buf[32];\nmemcpy(buf, src, strlen(src) + 1);',
      ],
      good: [
        'BYTE key[16];\nRtlCopyMemory(key, packet->data, sizeof(key));',
        'unsigned char payload[256];\nmemcpy(payload, pkt->data, sizeof(payload));',
        'char name[64];\nif (n >= sizeof(name)) return -1;\nmemcpy(name, src, n);',
        'unsigned char buf[128];\nif (klen + 36 > sizeof(buf)) return -1;\nmemcpy(buf, client_key, klen);',
        'char name[64];\nif (sizeof name <= n) return -1;\nmemcpy(name, src, n);',
        'char tag[4];\nmemcpy(out, src, n);',
        'uint8_t iv[16];\nmemcpy(iv, nonce, 16);',
      ],
    },
  },
  {
    id: 'c.sql-string-building',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // sprintf/snprintf/sqlite3_mprintf/fmt::format of an upper-case SQL statement with a %s or {} hole. (sqlite3's %q
      // and %Q quote their value, and a %d holds a number.)
      String.raw`\b(?:v?s?n?printf|asprintf|sqlite3_v?mprintf|sqlite3_snprintf|fmt::format|std::format|QString::asprintf)\s{0,5}\([^;"]{0,200}"\s{0,10}(?:SELECT|INSERT\s{1,5}INTO|UPDATE\s{1,5}\w{1,60}\s{1,5}SET|DELETE\s{1,5}FROM)\s[^"\n]{0,250}?(?:%s|\{\})`,
      // C++ and Qt strings: "SELECT ... '" + name + "'", QString("... %1").arg(name).
      String.raw`(?:[=(,]|\breturn)\s{0,5}"\s{0,10}(?:SELECT|INSERT\s{1,5}INTO|UPDATE\s{1,5}\w{1,60}\s{1,5}SET|DELETE\s{1,5}FROM)\s[^"\n]{0,250}"\s{0,5}(?:\+\s{0,5}[A-Za-z_]|\)\s{0,5}\.\s{0,5}arg\s{0,5}\()`,
    ],
    keywords: ['select', 'insert', 'update', 'delete'],
    message: 'Formatting a value into SQL text lets a quote in it change the query; prepare the statement with ? placeholders and bind the values (sqlite3_bind_*, mysql_stmt_bind_param, PQexecParams).',
    examples: {
      bad: [
        'snprintf(query, sizeof(query), "SELECT * FROM users WHERE name = \'%s\'", name);',
        'char *sql = sqlite3_mprintf("DELETE FROM sessions WHERE token = \'%s\'", token);',
        'std::string sql = "SELECT * FROM users WHERE name = \'" + name + "\'";',
      ],
      good: [
        'snprintf(query, sizeof(query), "SELECT * FROM users WHERE id = %d", id);',
        'char *sql = sqlite3_mprintf("DELETE FROM sessions WHERE token = %Q", token);',
        'sqlite3_prepare_v2(db, "SELECT * FROM users WHERE name = ?", -1, &stmt, NULL);',
        'printf("Select a file from %s\\n", dir);',
      ],
    },
  },
  {
    id: 'c.read-past-stack-buffer',
    title: 'Read no more than the buffer holds',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'high',
    // From an array's declaration with a literal size to the first read within a few hundred characters, which is
    // reported; the matcher checks that the read fills that array with a literal length larger than it.
    patterns: [
      String.raw`\b(?:(?:unsigned|signed)\s{1,5})?(?:char|u?int8_t|uint8|BYTE|UChar|TCHAR)\s{1,5}\w{1,60}\s{0,5}\[\s{0,5}\d{1,7}\s{0,5}\]\s{0,5};[\s\S]{0,600}?(?<report>\b(?:recv|recvfrom|read|fgets|fread)\s{0,5}\([^;\n]{1,200}\)\s{0,5};)`,
    ],
    matcher: 'reads-past-declared-array',
    keywords: ['recv', 'read', 'fgets'],
    reach: 'file',
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-121', 'CWE-787'],
    owasp: 'A06:2021',
    message: 'The read may write more bytes than the array holds, so a longer message or line overwrites the stack (and the return address); pass sizeof the array as the length.',
    examples: {
      bad: [
        'char buf[128];\nint n = recv(sock, buf, 1024, 0);',
        'char line[16];\nfgets(line, 256, stdin);',
        'unsigned char header[8];\nfread(header, 1, 64, fp);',
      ],
      good: [
        'char buf[128];\nint n = recv(sock, buf, sizeof(buf), 0);',
        'char line[256];\nfgets(line, 256, stdin);',
        'char small[8];\nchar big[1024];\nread(fd, big, 1024);',
      ],
    },
  },
  {
    id: 'c.static-iv',
    ...STATIC_IV_RULE,
    languages: C_FAMILY,
    // An IV or nonce given a literal: a string, or bytes in braces.
    patterns: [
      String.raw`\b(?:\w{0,30}(?:nonce|NONCE|Nonce)\w{0,30}|iv|IV|\w{0,30}(?:initiali[sz]ation_?[vV]ector|InitializationVector)\w{0,30})(?:\s{0,5}\[\s{0,5}\w{0,10}\s{0,5}\])?\s{0,5}=\s{0,5}(?:\{[^{}\n;]{1,300}\}|(?:${BYTE_POINTER_CAST})?(?:u8|L)?"[^"\n]{4,100}")`,
    ],
    keywords: ['nonce', 'iv[', 'iv =', 'iv=', 'initialization'],
    examples: {
      bad: [
        'static const unsigned char iv[16] = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f };',
        'iv = "0123456789abcdef";',
        'unsigned char nonce[12] = {0};',
        'unsigned char *iv = (unsigned char *)"0123456789012345";',
      ],
      good: ['unsigned char iv[16];\nRAND_bytes(iv, sizeof(iv));', 'unsigned char *iv = (unsigned char *)OPENSSL_malloc(16);', 'if (RAND_bytes(nonce, sizeof(nonce)) != 1) abort();', 'const char *iv_hex = argv[2];'],
    },
  },
  {
    id: 'c.weak-ec-curve',
    title: 'Use an elliptic curve of at least 224 bits',
    languages: C_FAMILY,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\b(?:BN_get0_nist_prime_192|NID_X9_62_prime192v[123]|NID_secp(?:112|128|160|192)[rk][12])\b`],
    unless: [String.raw`^[ \t]*#[ \t]*define\b`],
    keywords: ['prime_192', 'prime192', 'nid_secp1'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-326'],
    owasp: 'A02:2021',
    message: 'A curve of 192 bits or fewer gives less than the 112-bit security NIST requires, so keys on it can be broken; use P-256 (NID_X9_62_prime256v1) or X25519.',
    examples: {
      bad: ['const BIGNUM *p = BN_get0_nist_prime_192();', 'EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime192v1);', 'group = EC_GROUP_new_by_curve_name(NID_secp160r1);'],
      good: ['const BIGNUM *p = BN_get0_nist_prime_256();', 'EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);', 'group = EC_GROUP_new_by_curve_name(NID_secp384r1);', '#define NID_X9_62_prime192v1 409'],
    },
  },
  {
    id: 'c.use-after-free',
    title: 'Do not use memory after freeing it',
    languages: C_FAMILY,
    severity: 'error',
    confidence: 'medium',
    // free(p) or delete p, which is reported, then the rest of that line and the next; the matcher checks that p is
    // dereferenced there before it is assigned again or the block ends.
    patterns: [
      String.raw`(?<report>${FREE_STATEMENT})[^\n]{0,300}(?:\n[^\n]{0,300})?`,
    ],
    matcher: 'uses-freed-pointer',
    keywords: ['free', 'delete'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-416'],
    owasp: 'A06:2021',
    message: 'The memory is used right after it was freed, when the allocator may already have handed it out again, so the read or write hits another object (a use after free that attackers turn into code execution); use it before freeing, then set the pointer to NULL.',
    examples: {
      bad: ['free(ptr);\nprintf("%s", ptr->name);', 'delete[] arr;\narr[0] = 1;', 'free(ctx); return ctx->status;', 'delete node;\nint v = *node;', 'free(old);\nmemcpy(dst, old->data, sizeof(*old));',
        'free(ctx); if (done) break;\nctx->count++;', 'free(buf); if (err) goto out;\nbuf[0] = 0;', 'free(p);\nn = sizeof *p + p->len;',
      ],
      good: [
        'printf("%s", ptr->name);\nfree(ptr);',
        'free(ptr);\nptr = NULL;',
        'free(ptr); /* ptr->name freed too */\nreturn 0;',
        'delete[] arr;\narr = new int[n];\narr[0] = 1;',
        'free(buf);\n}\nbuf[0] = 0;',
        'free(p->name);\np->name = NULL;',
        'free(name);\nentry->name[0] = 0;',
        'if (x) free(buf);\nelse buf[0] = 1;', 'if (!keep) free(s); else s->refs--;', 'case DONE: free(ctx); break;\ncase RUNNING: ctx->ticks++;',
        'free(old);\nnew_ptr = malloc(sizeof(*old) * 2);',
        'free(ctx); break;\nctx->count++;', 'free(buf); goto out;\nbuf[0] = 0;', 'free(p);\nn = sizeof *p + len;', 'free(p);\nn = sizeof p->len;',
      ],
    },
  },
  {
    id: 'cpp.container-modified-while-iterated',
    title: 'Do not add or remove elements of a container a loop walks',
    languages: CPP,
    severity: 'warning',
    confidence: 'medium',
    // The loop's header, which is reported (a range-for, or a for with an iterator from begin()), then its body; the
    // matcher checks that a call in the body adds or removes elements of the container walked.
    patterns: [
      String.raw`(?<report>\bfor\s{0,5}\([^;{}()]{1,120}?[\w&*>\]]\s{0,5}:\s{0,5}[A-Za-z_][\w.>-]{0,60}\s{0,5}\))${LOOP_BODY}`,
      String.raw`(?<report>\bfor\s{0,5}\([^;{}()]{1,120}?=\s{0,5}[A-Za-z_][\w.>-]{0,60}\s{0,5}(?:\.|->)\s{0,5}c?r?begin\s{0,5}\(\s{0,5}\)\s{0,5};[^;{}]{0,120};[^;{}()]{0,60}\))${LOOP_BODY}`,
    ],
    matcher: 'modifies-iterated-container',
    keywords: ['for'],
    requires: ['push_', 'emplace', 'pop_', 'insert', 'erase', 'clear', 'resize', 'assign', 'swap', 'reserve', 'shrink_to_fit'],
    reach: 'block',
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-416', 'CWE-664'],
    owasp: 'A04:2021',
    message: "Adding or removing elements can move or free the ones the loop's iterator points to, so its next step reads freed memory; apply the changes after the loop, or erase with std::erase_if or with an iterator loop that keeps erase's result.",
    examples: {
      bad: [
        'for (auto& [id, session] : sessions) {\n  if (session.expired()) sessions.erase(id);\n}',
        'for (const auto& job : queue) {\n  if (job.retries > 0) {\n    queue.push_back(job.retry());\n  }\n}',
        'for (int v : values) values.push_back(v * 2);',
        'for (auto* node : this->nodes) {\n  log(node);\n  if (node->dead) this->nodes.clear();\n}',
        'for (auto it = users.begin(); it != users.end(); ++it) {\n  if (it->banned) users.erase(it);\n}',
        'for (std::vector<int>::iterator it = v.begin(); it != v.end(); ++it)\n  if (*it < 0) v.erase(it);',
      ],
      good: [
        'for (auto& [id, session] : sessions) {\n  if (session.expired()) expired.push_back(id);\n}',
        'for (const auto& job : queue) {\n  if (job.retries > 0) {\n    queue.push_back(job.retry());\n    break;\n  }\n}',
        'for (int v : values) doubled.push_back(v * 2);',
        'for (auto& name : names) name.clear();',
        'for (int v : values) sum += v;\nvalues.push_back(sum);',
        'std::erase_if(sessions, [](const auto& entry) { return entry.second.expired(); });',
        'for (auto it = users.begin(); it != users.end();) {\n  if (it->banned) it = users.erase(it);\n  else ++it;\n}',
        'for (auto it = users.begin(); it != users.end(); ++it) {\n  if (it->banned) { users.erase(it); break; }\n}',
        'for (auto it = pending.begin(); it != pending.end();) {\n  auto next = std::next(it);\n  if (it->done) pending.erase(it);\n  it = next;\n}',
      ],
    },
  },
  {
    id: 'cpp.cin-into-char-array',
    title: 'Read words into std::string, not char arrays',
    languages: CPP,
    severity: 'warning',
    confidence: 'medium',
    // A read from std::cin or from a name that reads like a stream (in, fin, ifs, iss, ss, inFile, input, f, is); the
    // matcher finds the char array it reads into among the declarations above.
    patterns: [String.raw`\b(?:(?:std::)?w?cin|\w{0,20}?(?:in|In|fs|ss|file|File|stream|Stream|input|Input)|f|is)\s{0,5}>>[^;\n)]{0,200}[;)]`],
    matcher: 'streams-into-declared-array',
    // std::cin, or a stream the file declares.
    keywords: ['cin', 'stream'],
    reach: 'file',
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-120', 'CWE-242'],
    owasp: 'A06:2021',
    message: 'Before C++20, extracting a word into a char array writes however many characters the input has, like gets(), so a long word overflows the array; read into a std::string or set std::setw(sizeof buf) first.',
    examples: {
      bad: ['char buf[32];\nstd::cin >> buf;', 'char name[16];\nint age;\ncin >> age >> name;', 'char first[16];\nchar last[16];\nstd::cin >> last;',
        'char name[32];\nint scores[3] = {0, 0, 0};\nstd::cin >> name;',
        'char name[32];\nstd::vector<int> v{1, 2};\nstd::cin >> name;',
        'char name[32];\nauto greet = [] { std::cout << "Name: "; };\ngreet();\nstd::cin >> name;',
        'std::ifstream in(path);\nchar keyword[24];\nint value;\nwhile (in) {\n    in >> keyword >> value;',
        'void load(std::istream& is) {\n    char tag[8];\n    is >> tag;',
        'char word[32];\nstd::ifstream in(path);\nwhile (in >> word) {',
        'char name[32];\nint half = margin >> 1;\nstd::cin >> name;',
      ],
      good: [
        'struct Student { char name[50]; };\nint main() {\n  std::string name;\n  std::cin >> name;\n}', 'char name[50];\nif (ok) {\n  std::string name;\n  std::cin >> name;\n}',
        'char buf[32];\nstd::cin >> std::setw(sizeof buf) >> buf;', 'std::string name;\nstd::cin >> name;', 'char buf[32];\nint n;\nstd::cin >> n;', 'char buf[32];\nstd::cin.getline(buf, sizeof buf);',
        'void f() {\n  char name[32];\n  use(name);\n}\nvoid g(std::string &name) {\n  std::cin >> name;\n}',
        'std::ifstream in(path);\nchar keyword[24];\nstd::string word;\nin >> word;',
        '#include <iostream>\nBinaryReader bin(data);\nchar tag[8];\nbin >> tag;',
      ],
    },
  },
  {
    id: 'c.free-non-heap',
    ...FREE_NON_HEAP,
    languages: C_FAMILY,
    // Not `delete &x`: in C++, x may be a reference to an object that new made (LLVM's headers do it).
    patterns: [String.raw`\bfree\s*\(\s*&\s*[A-Za-z_]\w*\s*\)`],
    keywords: ['free'],
    message: 'This frees the address of a variable, which the allocator never handed out: the heap is corrupted, and an attacker who shapes the next allocations can turn that into code execution.',
    examples: {
      bad: ['free(&buffer);', 'free( &node );'],
      good: ['free(buffer);', 'free(&buffer[0]);', 'free(node->name);', 'memset(&node, 0, sizeof node);'],
    },
  },
  {
    id: 'c.free-stack-array',
    ...FREE_NON_HEAP,
    languages: C_FAMILY,
    confidence: 'medium',
    // free(name) or delete[] name, reported; the matcher finds name declared as an array in a block still open.
    patterns: [FREE_STATEMENT],
    matcher: 'frees-declared-array',
    keywords: ['free', 'delete'],
    message: 'This frees an array that lives on the stack or in static memory, which the allocator never handed out: the heap is corrupted, and an attacker who shapes the next allocations can turn that into code execution.',
    examples: {
      bad: [
        'char msg[256];\nsnprintf(msg, sizeof msg, "%s: %s", tag, text);\nlog_line(msg);\nfree(msg);',
        'int bins[256];\ncount_bytes(data, len, bins);\ndelete[] bins;',
        'static char *names[8];\nload_names(names);\nfree(names);',
      ],
      good: [
        'char *msg = malloc(256);\nsnprintf(msg, 256, "%s", text);\nfree(msg);',
        'char msg[256];\nif (verbose) {\n  char *msg = strdup(text);\n  puts(msg);\n  free(msg);\n}',
        'struct entry { char name[32]; };\nvoid drop(char *name) {\n  free(name);\n}',
        'void drop(char name[64]) {\n  free(name);\n}',
        'char *parts[4];\nsplit(line, parts);\nfree(parts[0]);',
        'return buf[0];\n}\nfree(buf);',
      ],
    },
  },
  {
    id: 'c.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: C_FAMILY,
    patterns: [String.raw`\b(?:system|popen)\s{0,5}\(\s{0,5}${DOWNLOAD_PIPED_TO_SHELL}`],
    keywords: ['curl', 'wget'],
    examples: {
      bad: ['system("curl -fsSL https://get.example.com/install.sh | sh");'],
      good: [
        'puts("Install with: curl -fsSL https://get.example.com/install.sh | sh");',
        'execlp("curl", "curl", "-fsSLo", "install.sh", installer_url, (char *)NULL);',
      ],
    },
  },
];
