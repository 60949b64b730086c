// Language ids (VS Code's), the groups rules target, and how a file path maps to a language.

export const JS = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte'];
export const PYTHON = ['python'];
export const JAVA = ['java', 'kotlin', 'groovy', 'scala'];
export const GO = ['go'];
export const C = ['c'];
export const CPP = ['cpp', 'cuda-cpp', 'objective-c', 'objective-cpp'];
export const C_FAMILY = [...C, ...CPP];
export const CSHARP = ['csharp'];
export const PHP = ['php'];
export const RUBY = ['ruby'];
export const RUST = ['rust'];
export const SHELL = ['shellscript', 'powershell'];
export const DOCKERFILE = ['dockerfile'];
export const YAML = ['yaml', 'github-actions-workflow'];
export const ACTIONS = ['github-actions-workflow'];
export const TERRAFORM = ['terraform', 'hcl'];
export const MAKEFILE = ['makefile'];
export const ALL = ['*'];
/** Server-side HTML templates, by engine: the ids VS Code and its template extensions give them, and plain HTML. */
export const JINJA_TEMPLATES = ['html', 'jinja', 'jinja-html', 'django-html', 'nunjucks', 'twig'];
export const HANDLEBARS_TEMPLATES = ['handlebars', 'html'];
export const EJS_TEMPLATES = ['ejs', 'html'];

/** Languages whose files are code (used by rules about pasted-chat leftovers). */
export const PROGRAMMING = [...JS, ...PYTHON, ...JAVA, ...GO, ...C_FAMILY, ...CSHARP, ...PHP, ...RUBY, ...RUST, ...SHELL];

const BY_EXTENSION: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact', vue: 'vue', svelte: 'svelte',
  py: 'python', pyw: 'python', pyi: 'python', java: 'java', kt: 'kotlin', kts: 'kotlin', groovy: 'groovy', gradle: 'groovy', scala: 'scala',
  go: 'go', c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp', cu: 'cuda-cpp',
  m: 'objective-c', mm: 'objective-cpp', cs: 'csharp', php: 'php', phtml: 'php', rb: 'ruby', rake: 'ruby', erb: 'erb',
  rs: 'rust', sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', ksh: 'shellscript', ps1: 'powershell',
  yml: 'yaml', yaml: 'yaml', tf: 'terraform', tfvars: 'terraform', hcl: 'hcl', json: 'json', jsonc: 'jsonc',
  xml: 'xml', config: 'xml', html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', txt: 'plaintext',
  env: 'dotenv', ini: 'ini', cfg: 'ini', conf: 'properties', properties: 'properties', toml: 'toml', sql: 'sql',
  swift: 'swift', pem: 'plaintext', key: 'plaintext', dockerfile: 'dockerfile', mk: 'makefile',
  j2: 'jinja', jinja: 'jinja', jinja2: 'jinja', njk: 'nunjucks', twig: 'twig', hbs: 'handlebars', handlebars: 'handlebars',
  mustache: 'handlebars', ejs: 'ejs',
};

const BY_NAME: Record<string, string> = {
  dockerfile: 'dockerfile', containerfile: 'dockerfile', '.env': 'dotenv', makefile: 'makefile', gnumakefile: 'makefile',
  gemfile: 'ruby', rakefile: 'ruby', '.bashrc': 'shellscript', '.zshrc': 'shellscript', '.profile': 'shellscript',
  '.npmrc': 'properties', '.pypirc': 'ini', '.netrc': 'netrc', '_netrc': 'netrc',
};

/** The language ids the CLI gives files by their names; and an extension users write for one ("py" for python). */
export const PATH_LANGUAGES: ReadonlySet<string> = new Set([...Object.values(BY_EXTENSION), ...Object.values(BY_NAME), 'github-actions-workflow', 'plaintext']);
export const languageOfExtension = (extension: string): string | undefined => (Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined);

/**
 * Language ids that VS Code and its common language extensions give files, beyond those above: a custom rule may
 * name one (the editor runs it there), and none of them is a misspelling of another.
 */
export const OTHER_EDITOR_LANGUAGES: ReadonlySet<string> = new Set([
  'abap', 'ada', 'ansible', 'astro', 'bibtex', 'blade', 'clojure', 'cmake', 'coffeescript', 'crystal', 'css', 'd', 'dart', 'diff',
  'django-txt', 'dockercompose', 'elixir', 'elm', 'erlang', 'fortran', 'fsharp', 'git-commit', 'git-rebase', 'glsl', 'graphql',
  'haml', 'haskell', 'helm', 'hlsl', 'jade', 'json5', 'jsonl', 'julia', 'latex', 'less', 'lua', 'nim', 'nix', 'ocaml', 'pascal',
  'perl', 'perl6', 'pip-requirements', 'plsql', 'prisma', 'proto', 'proto3', 'pug', 'r', 'raku', 'razor', 'aspnetcorerazor', 'sass',
  'scss', 'shaderlab', 'slim', 'solidity', 'stylus', 'tex', 'tsql', 'vb', 'vue-html', 'xsl', 'zig', 'bat', 'sql', 'markdown',
]);

/** The VS Code language id for a file path, or `plaintext` when unknown. */
export function languageForPath(filePath: string): string {
  const normalized = filePath.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
  // Own keys only: a file named `constructor` or `__proto__` must not find Object's members.
  if (Object.hasOwn(BY_NAME, base)) return BY_NAME[base];
  if (base.startsWith('dockerfile.') || base.endsWith('.dockerfile')) return 'dockerfile';
  if (base.startsWith('.env.')) return 'dotenv';
  const dot = base.lastIndexOf('.');
  const extension = base.slice(dot + 1);
  const language = dot >= 0 && Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
  if ((language === 'yaml') && isWorkflowPath(normalized)) return 'github-actions-workflow';
  return language ?? 'plaintext';
}

function isWorkflowPath(normalizedPath: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normalizedPath);
}

/**
 * Every language id whose rules apply to a document: its own id, plus the id a path implies when the
 * editor reports a more general one (a workflow opened as plain `yaml`).
 */
export function effectiveLanguages(languageId: string, filePath?: string): string[] {
  const ids = new Set([languageId]);
  if (filePath) {
    const fromPath = languageForPath(filePath);
    if (fromPath !== 'plaintext') ids.add(fromPath);
  }
  if (ids.has('github-actions-workflow')) ids.add('yaml');
  return [...ids];
}
