// Server-side HTML templates: the spellings that print a value without escaping it (Jinja's and Django's |safe,
// Thymeleaf's th:utext, Handlebars' triple braces, EJS's <%-), or turn escaping off for a whole block.
import type { RuleSpec } from '../types';
import { EJS_TEMPLATES, HANDLEBARS_TEMPLATES, JINJA_TEMPLATES } from '../languages';
import { APP_MADE_HTML_NAME } from './shared-families';

const RAW_TEMPLATE_OUTPUT = {
  severity: 'warning',
  confidence: 'medium',
  scope: 'code',
  lesson: 'xss',
  cwe: ['CWE-79'],
  owasp: 'A03:2021',
} satisfies Partial<RuleSpec>;

/** The message of a rule about one engine's unescaped output, and the escaped spelling to use instead. */
const rawOutputMessage = (output: string, escaped: string) =>
  `${output} prints the value as raw HTML, so user text in it can inject script into the page; use ${escaped}, which escapes it, unless the value is sanitized HTML.`;

/**
 * Not user text: a value the template made safe itself (Jinja's tojson and escape filters), a sanitizer's output, or
 * HTML the application made, by its name (post.body_html, renderedBody).
 */
const NOT_USER_TEXT = [
  String.raw`\|\s{0,5}(?:e|escape|forceescape|striptags|tojson|urlencode)\s{0,5}\||\b(?:sanitiz|bleach|clean_html|purif)`,
  String.raw`[\s{(.]${APP_MADE_HTML_NAME}\s{0,5}(?:\||\}|%>)`,
];

export const TEMPLATE_RULES: RuleSpec[] = [
  {
    id: 'template.autoescape-off',
    ...RAW_TEMPLATE_OUTPUT,
    title: 'Keep autoescape on in templates',
    languages: JINJA_TEMPLATES,
    // Jinja's {% autoescape false %}, Django's {% autoescape off %}, with or without whitespace control.
    patterns: [String.raw`\{%-?\s{0,5}autoescape\s{1,5}(?:false|off)\s{0,5}-?%\}`],
    keywords: ['autoescape'],
    message: 'This block turns autoescaping off, so every value printed inside it is raw HTML and any user text among them can inject script; keep escaping on and mark only sanitized values as safe.',
    examples: {
      bad: ['{% autoescape off %}\n  <p>{{ comment.body }}</p>\n{% endautoescape %}', '{%- autoescape false -%}{{ bio }}{%- endautoescape -%}'],
      good: ['{% autoescape on %}\n  <p>{{ comment.body }}</p>\n{% endautoescape %}', '{% autoescape true %}{{ bio }}{% endautoescape %}'],
    },
  },
  {
    id: 'template.ejs-unescaped-output',
    ...RAW_TEMPLATE_OUTPUT,
    title: 'Print values with <%= in EJS',
    languages: EJS_TEMPLATES,
    patterns: [String.raw`<%-\s{0,5}[^%\n]{1,200}?%>`],
    // <%- include(...) %> is how EJS renders a partial, which escapes its own values.
    unlessMatch: [String.raw`^<%-\s{0,5}include\b`, ...NOT_USER_TEXT],
    keywords: ['<%-'],
    message: rawOutputMessage('EJS\'s <%-', '<%='),
    examples: {
      bad: ['<div class="bio"><%- user.bio %></div>', '<p><%- comment.text %></p>'],
      good: ['<div class="bio"><%= user.bio %></div>', "<%- include('partials/header') %>", '<div><%- sanitizeHtml(user.bio) %></div>', '<article><%- post.renderedBody %></article>'],
    },
  },
  {
    id: 'template.handlebars-triple-stash',
    ...RAW_TEMPLATE_OUTPUT,
    title: 'Print values with double braces in Handlebars',
    languages: HANDLEBARS_TEMPLATES,
    // {{{ value }}} and Mustache's {{& value }}; a layout's {{{body}}} is where the rendered view goes. Braces next to
    // more braces are something else: a raw block ({{{{raw}}}}), a format string's escaped ones ("{dst}{{{k}}}").
    patterns: [
      String.raw`(?:^|[^{}$])(?<report>\{\{\{\s{0,5}[\w.@/[\]-]{1,100}(?:\s{1,5}[^{}\n]{1,100})?\s{0,5}\}\}\})(?:[^}]|$)`,
      String.raw`\{\{&\s{0,5}[\w.@/-]{1,100}\s{0,5}\}\}`,
    ],
    unlessMatch: [String.raw`\{\{\{\s{0,5}body\s{0,5}\}\}\}`, ...NOT_USER_TEXT],
    keywords: ['{{{', '{{&'],
    message: rawOutputMessage('A triple brace', 'double braces'),
    examples: {
      bad: ['<div class="comment">{{{comment.body}}}</div>', '<p>{{& user.bio }}</p>', '<td>{{{ formatRow row }}}</td>'],
      good: [
        '<div class="comment">{{comment.body}}</div>', '<body>\n  {{{body}}}\n</body>', '<div>{{{ sanitize comment.body }}}</div>',
        'asm!("vcvtneps2bf16 {dst}{{{k}}},{src}")', '{{{{raw}}}}{{name}}{{{{/raw}}}}', '<main>{{{ page.contentHtml }}}</main>',
      ],
    },
  },
  {
    id: 'template.safe-filter',
    ...RAW_TEMPLATE_OUTPUT,
    title: 'Mark only sanitized HTML as safe in templates',
    languages: JINJA_TEMPLATES,
    // {{ value|safe }} in Jinja, Django and Nunjucks, Twig's |raw.
    patterns: [String.raw`\{\{-?[^{}\n]{1,200}?\|\s{0,5}(?:safe|raw)\s{0,5}(?:-?\}\}|\|)`],
    // A literal, or a value a filter escaped or serialized first (|tojson|safe is the documented way into a script).
    unlessMatch: [String.raw`^\{\{-?\s{0,5}["'][^"'\n]{0,200}["']\s{0,5}\|`, ...NOT_USER_TEXT],
    keywords: ['safe', 'raw'],
    message: 'The safe (or raw) filter prints the value as raw HTML, so user text in it can inject script into the page; let the template escape it, or sanitize the HTML before marking it safe.',
    examples: {
      bad: ['<div class="post">{{ post.body|safe }}</div>', '<p>{{ comment.text | safe | truncate(200) }}</p>', '<p>{{ user.bio|raw }}</p>'],
      good: [
        '<div class="post">{{ post.body }}</div>',
        '<script>const data = {{ data|tojson|safe }};</script>',
        '<div>{{ post.body|bleach|safe }}</div>',
        '<div class="post">{{ post.body_html|safe }}</div>',
        '{{ "<br>"|safe }}',
      ],
    },
  },
  {
    id: 'template.thymeleaf-utext',
    ...RAW_TEMPLATE_OUTPUT,
    title: 'Print values with th:text in Thymeleaf',
    languages: ['html'],
    // A variable expression (${...}, *{...}); a message (#{...}) comes from the application's own bundle.
    patterns: [String.raw`\bth:utext\s{0,5}=\s{0,5}["'][$*]\{[^{}"'\n]{1,200}\}`],
    unlessMatch: NOT_USER_TEXT,
    keywords: ['th:utext'],
    message: rawOutputMessage('th:utext', 'th:text'),
    examples: {
      bad: ['<div th:utext="${comment.body}"></div>', '<p th:utext="*{bio}">bio</p>'],
      good: ['<div th:text="${comment.body}"></div>', '<p th:utext="#{home.welcome}">Welcome</p>', '<div th:utext="${post.contentHtml}"></div>'],
    },
  },
];
