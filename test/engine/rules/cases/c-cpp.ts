// Realistic multi-line cases for the C and C++ rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const C_CPP_CASES: Record<string, RuleCases> = {
  'c.strcpy-call': {
    invalid: [
      {
        code: 'int save(const char *filename)\n{\n\tchar path[256];\n\tstrcpy(path, filename);\n\tstrcat(path, ".txt");\n\treturn write_file(path);\n}\n',
        findings: [{ line: 4, column: 2 }],
      },
      { code: 'void setName(const std::string &n) {\n  std::strcpy(name_, n.c_str());\n}\n', languageId: 'cpp', findings: [{ line: 2, column: 8 }] },
    ],
    valid: ['/* Copies with strcpy(dst, src) are banned here. */\nsize_t n = strlcpy(dst, src, sizeof dst);\n', 'const char *doc = "use strcpy(a, b) carefully";\n'],
  },
  'c.sprintf-call': {
    invalid: [{ code: 'char msg[64];\nint n = 0;\nn += sprintf(msg + n, "%d,", id);\n', findings: [{ line: 3, column: 6 }] }],
    valid: ['char msg[64];\nint n = snprintf(msg, sizeof msg, "%d,", id);\n'],
  },
  'c.scanf-unbounded-string': {
    invalid: [{ code: 'int main(void) {\n  char name[32];\n  if (scanf("%s", name) != 1) return 1;\n  return 0;\n}\n', findings: [{ line: 3, column: 7 }] }],
    valid: ['int main(void) {\n  char name[32];\n  if (scanf("%31s", name) != 1) return 1;\n  return 0;\n}\n'],
  },
  'c.format-string-variable': {
    invalid: [{ code: 'void log_msg(const char *msg)\n{\n    fprintf(stderr, msg);\n}\n', findings: [{ line: 3, column: 5 }] }],
    valid: ['void log_msg(const char *msg)\n{\n    fprintf(stderr, "%s", msg);\n}\n'],
  },
  'c.system-call-variable': {
    invalid: [
      {
        code: 'void convert(const char *in)\n{\n    char cmd[512];\n    snprintf(cmd, sizeof cmd, "ps2pdf %s", in);\n    if (system(cmd) != 0)\n        perror("ps2pdf");\n}\n',
        findings: [{ line: 5, column: 9 }],
      },
    ],
    valid: ['int main(void)\n{\n    return system("clear");\n}\n'],
  },
  'c.alloc-size-overflow': {
    invalid: [
      {
        code: 'ms_setting.distr = (ms_distr_t *)malloc(\n    sizeof(ms_distr_t) * ms_setting.win_size);\n',
        findings: [{ line: 1, column: 35 }],
      },
      { code: 'uchar *tmp = new uchar[rowSpan * height];\n', languageId: 'cpp', findings: [{ line: 1, column: 14 }] },
    ],
    valid: [
      'static void *mem_alloc(void *mem, unsigned count, unsigned size)\n{\n    return calloc(count, size);\n}\n',
      { code: 'std::vector<int> v(width * height);\n', languageId: 'cpp' },
    ],
  },
  'c.rand-call': {
    invalid: [{ code: 'srand(time(NULL));\nfor (i = 0; i < n; i++)\n    token[i] = chars[rand() % (sizeof chars - 1)];\n', findings: [{ line: 3, column: 22 }] }],
    valid: ['if (RAND_bytes(token, sizeof token) != 1)\n    abort();\n'],
  },
  'c.prng-fixed-seed': {
    invalid: [{ code: 'std::mt19937 CPUContext::rng = std::mt19937(1357);\n', languageId: 'cpp', findings: [{ line: 1, column: 37 }] }],
    valid: [{ code: 'std::random_device rd;\nstd::mt19937 gen(rd());\n', languageId: 'cpp' }],
  },
  'c.weak-hash': {
    invalid: [{ code: 'unsigned char md[16];\nMD5_CTX ctx;\nMD5_Init(&ctx);\nMD5_Update(&ctx, buf, len);\n', findings: [{ line: 3, column: 1 }, { line: 4, column: 1 }] }],
    valid: ['unsigned char md[32];\nSHA256_CTX ctx;\nSHA256_Init(&ctx);\nSHA256_Update(&ctx, buf, len);\n'],
  },
  'c.weak-cipher': {
    invalid: [{ code: 'EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\nEVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);\n', findings: [{ line: 2, column: 25 }] }],
    valid: ['EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\nEVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);\n'],
  },
  'c.tmpnam-call': {
    invalid: [{ code: 'char name[L_tmpnam];\ntmpnam(name);\nFILE *f = fopen(name, "w");\n', findings: [{ line: 2, column: 1 }] }],
    valid: ['char name[] = "/tmp/appXXXXXX";\nint fd = mkstemp(name);\n'],
  },
  'cpp.auto-ptr': {
    invalid: [{ code: 'class Session {\n  std::auto_ptr<Socket> sock_;\n};\n', languageId: 'cpp', findings: [{ line: 2, column: 8 }] }],
    valid: [{ code: 'class Session {\n  std::unique_ptr<Socket> sock_;\n};\n', languageId: 'cpp' }],
  },
  'c.tls-verify-disabled': {
    invalid: [{ code: 'CURL *c = curl_easy_init();\ncurl_easy_setopt(c, CURLOPT_URL, url);\ncurl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);\n', findings: [{ line: 3, column: 21 }] }],
    valid: ['CURL *c = curl_easy_init();\ncurl_easy_setopt(c, CURLOPT_URL, url);\ncurl_easy_setopt(c, CURLOPT_CAINFO, "/etc/ssl/ca.pem");\n'],
  },
  'c.snprintf-result-unchecked': {
    invalid: [
      {
        code: 'void flush(int key) {\n\tchar *ptr, buf[256];\n\tint pos, left;\n\tpos = snprintf(buf, sizeof(buf), "OUT[%04x]:", key);\n\tleft = sizeof(buf) - pos;\n\tptr = buf + pos;\n}\n',
        findings: [{ line: 4, column: 2 }],
      },
    ],
    valid: [
      'int fmt(char *out, size_t size, int v) {\n\tint n = snprintf(out, size, "%d", v);\n\tif (n < 0 || (size_t)n >= size)\n\t\treturn -1;\n\treturn n;\n}\n',
      'int gz_printf(char *next, unsigned size, const char *format, va_list va) {\n    int len;\n    len = vsnprintf(next, size, format, va);\n#endif\n    /* check that printf() results fit in buffer */\n    if (len == 0 || (unsigned)len >= size) return 0;\n    return len;\n}\n',
    ],
  },
  'c.use-after-free': {
    invalid: [
      {
        code: 'int close_session(struct session *s)\n{\n    free(s->buf);\n    free(s);\n    log_info("closed %d", s->id);\n    return 0;\n}\n',
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: [
      'void free_list(struct node *head)\n{\n    while (head) {\n        struct node *next = head->next;\n        free(head);\n        head = next;\n    }\n}\n',
      'if (err) {\n    free(buf);\n} else {\n    buf[len] = 0;\n}\n',
    ],
  },
  'cpp.std-random-secret': {
    invalid: [
      {
        code: 'std::string make_token(size_t n) {\n  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";\n  std::mt19937 rng(std::random_device{}());\n  std::uniform_int_distribution<size_t> pick(0, sizeof alphabet - 2);\n  std::string token;\n  for (size_t i = 0; i < n; ++i) token += alphabet[pick(rng)];\n  return token;\n}\n',
        languageId: 'cpp',
        findings: [{ line: 6, column: 34 }],
      },
    ],
    valid: [
      {
        code: 'std::vector<int> sample(std::vector<int> v, unsigned seed) {\n  std::mt19937 rng(seed);\n  std::shuffle(v.begin(), v.end(), rng);\n  return v;\n}\n',
        languageId: 'cpp',
      },
    ],
  },
  'cpp.cin-into-char-array': {
    invalid: [{ code: 'int main() {\n  char name[20];\n  std::cout << "Name: ";\n  std::cin >> name;\n  std::cout << "Hello " << name << "\\n";\n}\n', languageId: 'cpp', findings: [{ line: 4, column: 3 }] }],
    valid: [{ code: 'int main() {\n  std::string name;\n  std::cout << "Name: ";\n  std::cin >> name;\n}\n', languageId: 'cpp' }],
  },
};
