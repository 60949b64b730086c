// Hazards typical of pasted or assistant-written text: Trojan Source characters, chat leftovers, placeholders.
import type { RuleSpec } from '../types';
import { ALL, C_FAMILY, CSHARP, DOCKERFILE, GO, JAVA, JS, PHP, PROGRAMMING, PYTHON, RUBY, RUST, SHELL, TERRAFORM } from '../languages';

// Invisible and look-alike characters are written as \u escapes in ordinary strings, so each pattern holds the
// real character (which V8 and RE2 both read) and the source file stays free of them.
const BIDI_CONTROLS = '\u202A-\u202E\u2066-\u2069';
const INVISIBLE = '\u200B-\u200D\u2060-\u2064\u00AD\u180E\u3164\u115F\u1160\uFFA0';
const BOM = '\uFEFF';
/** Cyrillic and Greek letters that look like Latin ones. */
const CONFUSABLE =
  '\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04CF' +
  '\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405' +
  '\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7\u03BF\u03BD';
/** Every character of a character-class body such as `a-c\u00AD` (ranges expanded), as one-character keywords. */
function charactersIn(classBody: string): string[] {
  const characters: string[] = [];
  for (let i = 0; i < classBody.length; i++) {
    if (classBody[i + 1] === '-' && i + 2 < classBody.length) {
      for (let code = classBody.charCodeAt(i); code <= classBody.charCodeAt(i + 2); code++) characters.push(String.fromCharCode(code));
      i += 2;
    } else {
      characters.push(classBody[i]);
    }
  }
  return characters;
}
/** Word starts of what an elision comment says is left out ("other methods", "existing imports"). */
const ELIDED_NOUNS = ['code', 'method', 'function', 'logic', 'implementation', 'import', 'field', 'propert', 'handler', 'route'];
const APOSTROPHE = "['\u2019]";
const ELLIPSIS = '\u2026';

// In these languages a backtick opens a template or raw string, so the lexer sees a fence line as a string.
const BACKTICK_LANGUAGES = [...JS, ...GO];
const NON_BACKTICK_LANGUAGES = [...PYTHON, ...JAVA, ...C_FAMILY, ...CSHARP, ...PHP, ...RUBY, ...RUST, ...SHELL, ...DOCKERFILE, ...TERRAFORM];
const FENCE = String.raw`^[ \t]{0,100}\x60{3,6}[\w+#.-]{0,20}[ \t]{0,60}$`;

// Only stand-ins that ask to be replaced (`<YOUR_TOKEN>`, `<api_key>`), not descriptions in docs (`<Sumo access
// key>`), parser tokens (`<EOF>`) or masked values (`********`), which are not worth a reminder.
const ANGLE_PLACEHOLDER = String.raw`<(?:your[-_ ][\w -]{1,100}|api[-_ ]?key|access[-_ ]?token|token|secret|password)>`;
const PLACEHOLDER_VALUE = String.raw`(?:your[-_ ][\w-]{0,100}|` + ANGLE_PLACEHOLDER + String.raw`|change[-_]?me(?:[-_][\w-]{1,100})?|replace[-_]?(?:me|with[-_\w]{0,100})|insert[-_ ][\w-]{1,100}|enter[-_ ][\w-]{1,100}|put[-_ ]your[-_\w]{0,100}|sk-(?:proj-)?(?:\.\.\.|x{4,100}|\*{4,100})|(?:api[-_]?key|secret|token|password)[-_]here)`;
// An ellipsis counts only in quotes: a bare `...` is Python's Ellipsis (stubs, pydantic) or a spread.
const QUOTED_ELLIPSIS = ['"', "'", '\x60'].map((quote) => `${quote}(?:\\.{3}|${ELLIPSIS})${quote}`).join('|');

export const ASSISTANT_RULES: RuleSpec[] = [
  {
    id: 'assistant.bidi-control',
    title: 'Remove bidirectional control characters',
    languages: ALL,
    severity: 'error',
    confidence: 'high',
    patterns: [`[${BIDI_CONTROLS}]`],
    keywords: charactersIn(BIDI_CONTROLS),
    scope: 'any',
    lesson: 'trojan-source',
    cwe: ['CWE-451'],
    owasp: 'A08:2021',
    message: 'An invisible bidirectional control character reorders how this line is displayed, so the code a reviewer sees is not the code that runs.',
    examples: {
      bad: ['const isAdmin = false; /*\u202E } if (isAdmin) begin admins only */', 'access = "user\u2067"; // check'],
      good: ['const isAdmin = false; /* } if (isAdmin) begin admins only */', 'const rtl = "\\u202E"; // escaped, visible'],
    },
  },
  {
    id: 'assistant.invisible-character',
    title: 'Remove invisible characters from code',
    languages: PROGRAMMING,
    severity: 'warning',
    confidence: 'high',
    patterns: [`[${INVISIBLE}]`, String.raw`[\s\S]` + BOM],
    keywords: [...charactersIn(INVISIBLE), BOM],
    scope: 'code',
    lesson: 'trojan-source',
    cwe: ['CWE-451'],
    owasp: 'A08:2021',
    message: 'An invisible character sits in the code, where it can make two identifiers that look the same differ or hide a token from review.',
    examples: {
      bad: ['const user\u200BName = input;', 'if (role === admin\u2060) grant();', 'let x = 1;\n\uFEFFlet y = 2;', 'const \u3164 = process.env;'],
      good: ['\uFEFFconst userName = input;', 'const zwsp = "\u200B"; // in a string', '// a soft\u00ADhyphen in a comment'],
    },
  },
  {
    id: 'assistant.homoglyph-identifier',
    title: 'Do not mix look-alike Cyrillic or Greek letters into names',
    languages: PROGRAMMING,
    severity: 'warning',
    confidence: 'high',
    patterns: [`[A-Za-z][${CONFUSABLE}]|[${CONFUSABLE}][A-Za-z]`],
    keywords: charactersIn(CONFUSABLE),
    scope: 'code',
    lesson: 'trojan-source',
    cwe: ['CWE-1007'],
    owasp: 'A08:2021',
    message: 'This name mixes Latin letters with a Cyrillic or Greek look-alike, so it is a different identifier from the one it appears to be.',
    examples: {
      bad: ['if (\u0430dmin) grant();', 'const us\u0435r = getUser();', 'def is_\u0391dmin(u):'],
      good: ['if (admin) grant();', 'const greeting = "\u043F\u0440\u0438\u0432\u0435\u0442"; // Russian text in a string', '// \u0430dmin in a comment', 'const \u0394t = 0.5;'],
    },
  },
  {
    id: 'assistant.markdown-fence',
    title: 'Remove leftover Markdown code fences',
    languages: NON_BACKTICK_LANGUAGES,
    severity: 'warning',
    confidence: 'high',
    patterns: [FENCE],
    keywords: ['```'],
    scope: 'code',
    lesson: 'assistant-artifacts',
    cwe: ['CWE-1164'],
    owasp: 'A04:2021',
    message: 'A Markdown code fence was pasted along with the code, which breaks the file and often means the chat answer was copied whole.',
    examples: {
      bad: ['```python\ndef add(a, b):\n    return a + b', 'def add(a, b):\n    return a + b\n```'],
      good: ['def add(a, b):\n    """Adds.\n\n    ```python\n    add(1, 2)\n    ```\n    """\n    return a + b', '# ```python', 'x = "```"'],
    },
  },
  {
    id: 'assistant.markdown-fence-template',
    title: 'Remove leftover Markdown code fences',
    languages: BACKTICK_LANGUAGES,
    severity: 'warning',
    confidence: 'high',
    // The lexer reads a fence line as the start or end of a template (or raw) string, so the scope is string.
    patterns: [FENCE],
    keywords: ['```'],
    scope: 'string',
    lesson: 'assistant-artifacts',
    cwe: ['CWE-1164'],
    owasp: 'A04:2021',
    message: 'A Markdown code fence was pasted along with the code, which breaks the file and often means the chat answer was copied whole.',
    examples: {
      bad: ['```js\nconst add = (a, b) => a + b;', 'const add = (a, b) => a + b;\n```'],
      good: ['const md = "```js";', '/*\n```js\nconst x = 1;\n```\n*/', 'const doc = `\n\\`\\`\\`js\nx\n\\`\\`\\`\n`;'],
    },
  },
  {
    id: 'assistant.chat-preamble',
    title: 'Remove chat preamble and sign-off text',
    languages: PROGRAMMING,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`^[ \t]{0,100}(?:Sure|Certainly|Absolutely|Of course|Okay|Alright|Great)[!,.]{0,2}[ \t]{1,60}(?:here${APOSTROPHE}s|here is|here are|below is|I${APOSTROPHE}ve|I have|I${APOSTROPHE}ll|I will|I can|let${APOSTROPHE}s|let me)\b`,
      String.raw`^[ \t]{0,100}(?:Here${APOSTROPHE}s|Here is|Here are|Below is|Below are)[ \t]{1,60}(?:the|an?|your|my)[ \t]{1,60}(?:updated|complete|full|corrected|modified|revised|fixed|final|refactored|improved|new|rewritten|example|code|implementation|version|script|function|solution)\b`,
      String.raw`^[ \t]{0,100}(?:I hope this helps|Hope this helps|Let me know if|Feel free to (?:ask|modify|adjust|reach out)|As an AI\b|I${APOSTROPHE}m sorry, but|I apologi[sz]e for)`,
    ],
    ignoreCase: true,
    keywords: ['sure', 'certainly', 'absolutely', 'of course', 'okay', 'alright', 'great', "here's", 'here’s', 'here is', 'here are', 'below is', 'below are', 'hope this helps', 'let me know', 'feel free', 'as an ai', 'sorry, but', 'apologi'],
    scope: 'code',
    lesson: 'assistant-artifacts',
    cwe: ['CWE-1164'],
    owasp: 'A04:2021',
    message: 'A line of chat text was pasted along with the code, which breaks the file and suggests the answer was not reviewed before use.',
    examples: {
      bad: [
        "Sure! Here's the updated function:\n\ndef add(a, b):\n    return a + b",
        'Here is the complete implementation:\nint add(int a, int b) { return a + b; }',
        'def add(a, b):\n    return a + b\n\nI hope this helps! Let me know if you need anything else.',
        'Certainly, below is a script that does it:\necho hi',
      ],
      good: [
        '# Here is the updated function\ndef add(a, b):\n    return a + b',
        'print("Sure! Here\'s your receipt")',
        'here = is_ready()',
        'def greet():\n    """Here is the greeting helper."""\n    return "hi"',
      ],
    },
  },
  {
    id: 'assistant.elided-code',
    title: 'Fill in code the assistant left out',
    languages: PROGRAMMING,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`(?:\.{3}|` + ELLIPSIS + String.raw`)[ \t(]{0,100}(?:rest of (?:the |your )?(?:code|file|implementation|class|function|component|methods?|logic)|existing (?:code|implementation|methods?|functions?|logic|imports|fields|properties)|(?:other|remaining|previous) (?:code|methods|functions|logic|implementation|imports|fields|properties|handlers|routes)|your (?:code|logic|implementation) here)\b`,
      String.raw`\b(?:rest of (?:the |your )?(?:code|file|implementation|class|function|component)|existing (?:code|implementation|logic))[ \t]{1,60}(?:remains?|stays?)[ \t]{1,60}(?:the same|unchanged|as (?:it was|is|before))\b`,
    ],
    ignoreCase: true,
    // Two-word keywords: "other" or "existing" alone occur on most pages of comments.
    keywords: [
      'rest of', 'your code', 'your logic', 'your implementation',
      ...['existing', 'other', 'remaining', 'previous'].flatMap((word) => ELIDED_NOUNS.map((noun) => `${word} ${noun}`)),
    ],
    scope: 'comment',
    lesson: 'assistant-artifacts',
    cwe: ['CWE-1164'],
    owasp: 'A04:2021',
    message: 'This comment stands in for code the answer left out, so the pasted file is missing parts of the original and will not behave the same.',
    examples: {
      bad: [
        'class Api {\n  // ... rest of the code\n}',
        'function handler(event) {\n  // ... existing code ...\n  return resp;\n}',
        'function setup() {\n  /* ... other methods */\n}',
        '// The rest of the file remains the same',
      ],
      good: ['// see the rest of the code in utils.ts', 'function handler(event) {\n  // reuse the existing connection\n  return resp;\n}', 'const rest = args.slice(1); // ... spread'],
    },
  },
  {
    id: 'assistant.placeholder-credential',
    title: 'Replace placeholder credentials before committing',
    languages: ALL,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?(?:key|token)|auth[_-]?token|token|password|passwd|pwd|private[_-]?key)["']?[ \t]{0,60}(?::|=|:=|=>)[ \t]{0,60}(?:["'\x60]?` + PLACEHOLDER_VALUE + String.raw`["'\x60]?|` + QUOTED_ELLIPSIS + String.raw`)(?:[ \t]{0,60}[,;)]|[ \t]{0,60}$)`,
      String.raw`\bBearer[ \t]{1,60}(?:` + ANGLE_PLACEHOLDER + String.raw`|your[-_][\w-]{1,100})`,
    ],
    unless: [String.raw`^[ \t]{0,100}(?:#|//|/?\*|--|;|<!--)`],
    matcher: 'outside-example-file',
    ignoreCase: true,
    // Keyed on the stand-in value, which is rarer than the names it is assigned to.
    keywords: ['your', '<api', '<access', '<token>', '<secret>', '<password>', 'changeme', 'change-me', 'change_me', 'replaceme', 'replacewith', 'replace-', 'replace_', 'insert', 'enter', 'sk-', '-here', '_here', '"..."', "'...'", '`...`', '"…"', "'…'", '`…`'],
    scope: 'any',
    lesson: 'placeholder-credentials',
    cwe: ['CWE-798'],
    owasp: 'A07:2021',
    message: 'This credential is still a placeholder: load the real value from the environment or a secret store rather than pasting it here.',
    examples: {
      bad: [
        'OPENAI_API_KEY = "your-api-key-here"',
        'client = Client(api_key="YOUR_API_KEY")',
        'API_TOKEN=<YOUR_TOKEN>',
        'const password = "changeme";',
        'JWT_SECRET = "changeme-secret-123"',
        'headers = {"Authorization": "Bearer <token>"}',
        'openai.api_key = "sk-..."',
      ],
      good: [
        'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
        '# OPENAI_API_KEY=your-api-key-here',
        'const password = process.env.DB_PASSWORD;',
        'token = get_token(user)',
        'message = "change-me-later"',
        'const yourName = "Ada";',
        'def login(password=...) -> None: ...',
        'const token = yourToken;',
        'token = "<EOF>"',
        'sumo_access_key   = "<SUMOLOGIC ACCESS KEY>"',
        'curl -H "Authorization: Bearer <Openverse API token>" https://api.example.org/',
        'const masked = { password: "********" };',
      ],
    },
  },
  {
    id: 'assistant.insecure-demo-marker',
    title: 'Finish code marked as insecure or demo-only',
    languages: PROGRAMMING,
    severity: 'info',
    confidence: 'low',
    patterns: [
      String.raw`\b(?:add|implement)[ \t]{1,60}(?:proper[ \t]{1,60}|real[ \t]{1,60})?(?:authentication|authorization|auth|input validation|access control|csrf protection|rate limiting)\b`,
      String.raw`\b(?:insecure|not secure|unsafe)[,;:]?[ \t]{1,60}(?:for|only for)[ \t]{1,60}(?:demo|testing|development|dev|local)\b`,
      String.raw`\b(?:do not|don${APOSTROPHE}t|never) use (?:this )?in production\b|\bfor demo(?:nstration)? purposes only\b|\bnot (?:for|suitable for|meant for) production\b`,
    ],
    ignoreCase: true,
    keywords: ['add', 'implement', 'insecure', 'not secure', 'unsafe', 'production', 'demo'],
    scope: 'comment',
    lesson: 'assistant-artifacts',
    cwe: ['CWE-1164', 'CWE-306'],
    owasp: 'A04:2021',
    message: 'A comment says this code is unfinished or unsafe outside a demo, so check it before it reaches production.',
    examples: {
      bad: ['// TODO: add authentication before exposing this route', '// insecure, for demo only', '/* Do not use this in production */'],
      good: ['// authentication is handled by the gateway', '// secure defaults for production', 'addAuthentication(app);'],
    },
  },
];
