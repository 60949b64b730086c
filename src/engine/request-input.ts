// Where request data enters a program, per language: the direct sources (`$_GET[...]`, `req.query`) and the
// variables assigned straight from one. Pasted handlers usually read a parameter into a variable on one line and
// use it a few lines later (`$page = $_GET['page']; ... include($page);`), which a one-line pattern cannot see;
// the `request-input` matcher lets a rule's sink pattern take any variable and keeps it only when the variable
// holds request data. A value that passed through anything else (a cast, a sanitizer, a lookup) is not followed.
import { CSHARP, GO, JAVA, JS, PHP, PYTHON, RUBY, RUST } from './languages';
import { splitAtTopLevelCommas } from './top-level-commas';
import { escapeRegExp } from './regex-source';

interface InputSpelling {
  /** Literals one of which every direct read contains: a text with none of them has no request variables. */
  hints: readonly string[];
  /** A direct read of request data. */
  source: RegExp;
  /**
   * Where request data lands in variables unchanged: an assignment, or a parameter the framework fills from the
   * request. Group 1 is one name; group 2 a list (destructuring, a parameter list) that `namesInList` reads.
   */
  assignments: readonly RegExp[];
  /** The assignments whose read can give an object rather than a string (a parsed query or body), where one matters. */
  objectAssignments?: readonly RegExp[];
  namesInList?(list: string): string[];
  /** The variables a matched text uses. */
  variablesIn(matched: string): string[];
}

// A name that is not a property (`os.path` names no variable `path`).
const IDENTIFIER = /(?<![\w$.])[A-Za-z_$][\w$]*/g;
const QUOTED = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const INTERPOLATION = /\{[^{}\n]*\}/g;

/**
 * Variables a matched text uses: names outside quoted strings (a word in a message is no variable), plus those
 * interpolated into one (`${name}` in JavaScript, f"{name}" in Python, $"{name}" in C#).
 */
const codeIdentifiers = (matched: string) =>
  matched.replace(QUOTED, (quoted) => ` ${(quoted.match(INTERPOLATION) ?? []).join(' ')} `).match(IDENTIFIER) ?? [];

// Direct reads of request data, per language; the languages' rules use the same definitions.
export const PHP_REQUEST_SOURCE = String.raw`\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b`;
/** Express, Koa and Fastify request objects: the reads that the JavaScript rules' own patterns look for. */
export const JS_REQUEST_SOURCE = String.raw`\b(?:req|request|ctx(?:\.request)?)\.(?:query|body|params|headers|cookies)\b`;
/**
 * A header read through Express's req.get('Origin') / req.header('Origin') or Koa's ctx.get('Origin'). The name must
 * look like a header: an HTTP client named req (req.get('/api/config')) and Hono's context variables (ctx.get('user'))
 * read no request.
 */
export const JS_HEADER_READ = String.raw`\b(?:req\s{0,5}\.\s{0,5}(?:get|header)|ctx\s{0,5}\.\s{0,5}get)\s{0,5}\(\s{0,5}['"](?:[Oo]rigin|[Rr]eferr?er|[Hh]ost|[Aa]uthorization|[Cc]ookie|[A-Za-z]{1,20}-[\w-]{1,40})['"]`;
// Reads that reach the rules through variables: the URL's query in Next.js and the browser (searchParams.get,
// router.query), Hono's c.req.query(), a fetch-style request's body (await request.json()), and header reads. Kept
// out of the rules' patterns, where each alternative costs every JavaScript scan.
const JS_REQUEST_READ = String.raw`(?:${JS_REQUEST_SOURCE}|\bsearchParams\s*\.\s*get\s*\(|\brouter\s*\.\s*query\b|\bc\s*\.\s*req\s*\.\s*(?:query|queries|param|header)\s*\(|\b(?:req|request)\s*\.\s*(?:json|formData)\s*\(\s*\)|\bformData\s*\.\s*get\s*\(|${JS_HEADER_READ})`;
// The reads that can give an object, not only a string: a parsed query or body (req.query, req.body,
// ctx.request.body, await request.json()). Route parameters, headers and searchParams.get() are always strings.
const JS_OBJECT_READ = String.raw`(?:\b(?:req|request|ctx(?:\.request)?)\.(?:query|body)\b|\b(?:req|request)\s{0,5}\.\s{0,5}json\s{0,5}\(\s{0,5}\))`;
// A request URL's whole query kept for later reads: const params = request.nextUrl.searchParams; params.get('next').
const JS_QUERY_OBJECT = String.raw`(?:[\w$]{1,40}\s{0,5}\.\s{0,5}){1,3}searchParams\s{0,5}(?:;|$)`;

/** Request data in Flask, Django, Starlette/FastAPI and aiohttp (request.query, request.match_info). */
// Flask, Django, Starlette/FastAPI, aiohttp and Pyramid read through `request.`; Tornado's handlers through
// self.get_argument("name") and its query and body twins.
export const PYTHON_REQUEST_SOURCE = String.raw`(?:\brequest\.(?:args|form|values|json|data|files|cookies|headers|GET|POST|FILES|COOKIES|META|get_json|query_params|path_params|params|body|get_data|query_string|query|match_info)\b|\bself\.get_(?:query_|body_)?arguments?\s{0,5}\([^()\n]{0,100}\))`;
/** The names a servlet request goes by. */
export const JAVA_REQUEST_RECEIVER = String.raw`(?:request|req|httpRequest|servletRequest)`;
export const JAVA_REQUEST_SOURCE = String.raw`\b${JAVA_REQUEST_RECEIVER}\s{0,5}\.\s{0,5}(?:getParameter|getHeader|getQueryString|getParameterValues|getCookies|getRequestURI|getPathInfo)\s{0,5}\(`;
/** What a request is reached through in C#: context.Request, HttpContext.Request. */
export const CSHARP_REQUEST_RECEIVER = String.raw`(?:\w{1,40}\s{0,5}\.\s{0,5}){0,2}`;
export const CSHARP_REQUEST_SOURCE = String.raw`\bRequest\s{0,5}(?:\.\s{0,5}(?:QueryString|Query|Form|Params|Headers|Cookies|RouteValues|ServerVariables)\b|\[)`;
/** Request data in net/http, gin, echo, chi and gorilla/mux handlers. */
// net/http's request, also as gin's c.Request and echo's c.Request(); gin's and echo's own readers on the context.
export const GO_REQUEST_RECEIVER = String.raw`\b(?:r|req|request|c\.Request(?:\(\))?)`;
export const GO_CONTEXT_READ = String.raw`\bc\.(?:Param|Query|DefaultQuery|PostForm|FormValue|QueryParam|GetHeader)`;
export const GO_REQUEST_SOURCE = String.raw`(?:${GO_REQUEST_RECEIVER}\.(?:URL\.Query\(\)\.Get|FormValue|PostFormValue|URL\.Query\(\)|Form\.Get|PostForm\.Get|Header\.Get|URL\.Path|URL\.RawQuery)\b|${GO_CONTEXT_READ}\s{0,5}\(|\b(?:mux\.Vars|chi\.URLParam)\s{0,5}\()`;
/** Request data in Rails and Sinatra. */
export const RUBY_REQUEST_SOURCE = String.raw`(?:\bparams\b|\brequest\s{0,5}\.\s{0,5}(?:params|query_string|body|headers)\b|\bcookies\s{0,5}\[)`;
/** Request data read from actix-web's HttpRequest (axum and actix hand the rest over through extractors). */
// actix-web's match_info, query_string and headers; the request's URI in hyper and every framework over it.
const RUST_REQUEST_SOURCE = String.raw`\breq\s{0,5}\.\s{0,5}(?:match_info\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}(?:get|query)|query_string|headers\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}get|uri\s{0,5}\(\s{0,5}\)\s{0,5}\.\s{0,5}(?:path|query|path_and_query))\s{0,5}\(`;
// An axum or actix-web extractor in a handler's parameters: Path(name): Path<String>, info: web::Query<Info>.
const RUST_EXTRACTOR = String.raw`(?:web::|axum::extract::|extract::)?(?:Path|Query|Json|Form)`;

// Request headers and the request's own URL, which the client writes as freely as its parameters.
export const PHP_SERVER_INPUT = String.raw`\$_SERVER\s{0,5}\[\s{0,5}['"](?:PHP_SELF|REQUEST_URI|QUERY_STRING|PATH_INFO|HTTP_\w{1,40})['"]`;
// Laravel's, Symfony's and PSR-7's request objects: $request->input('q'), $request->query->get('q'),
// $request->headers->get('Origin'), $request->getQueryParams().
// Laravel's and Symfony's $request, PSR-7's, CodeIgniter 4's and CakePHP's $this->request, Yii's
// Yii::$app->request, and CodeIgniter 3's $this->input.
export const PHP_FRAMEWORK_INPUT = String.raw`(?:(?:\$request|\$this\s{0,5}->\s{0,5}request|Yii::\$app\s{0,5}->\s{0,5}request)\s{0,5}->\s{0,5}(?:(?:query|request|headers|cookies|attributes|files)\s{0,5}->\s{0,5}get|input|query|get|post|header|cookie|file|route|getHeaderLine|getHeader|getQueryParams|getParsedBody|getCookieParams|getUploadedFiles|getGet|getPost|getVar|getGetPost|getPostGet|getQuery|getData|getParam|getCookie|getQueryParam|getBodyParam)|\$this\s{0,5}->\s{0,5}input\s{0,5}->\s{0,5}(?:get|post|get_post|post_get|cookie|server))\s{0,5}\(`;
// One parameter read whole, as assignments take it.
const PHP_SOURCE = String.raw`(?:\$_(?:GET|POST|REQUEST|COOKIE)\s{0,5}\[[^\]\n]{1,80}\]|${PHP_SERVER_INPUT}\s{0,5}\]|${PHP_FRAMEWORK_INPUT}[^()\n]{0,80}\))`;
const PHP_PASS_THROUGH = String.raw`(?:(?:trim|urldecode|rawurldecode|stripslashes|strtolower|strtoupper|base64_decode)\s{0,5}\(\s{0,5})?`;

// What a list may bind: a spread (`...rest`) or a nested pattern is not followed.
const VARIABLE_NAME = /^[A-Za-z_$][\w$]*$/;

/** Destructured names: `{ a, b: c, d = 1 }` binds a, c and d. */
const destructuredNames = (list: string) => list.split(',').map((part) => part.split(':').pop()!.split('=')[0].trim());

// TypeScript's `!` and `as string` change a value's type, not the value: const url = req.query.url as string;
const TS_ASSERTION = String.raw`(?:\s{0,5}!)?(?:\s{1,5}as\s{1,5}[\w$.]{1,60}(?:\[\])?)?`;

// What may follow a read in a declaration: a field or index, a TypeScript assertion, and the statement's end.
const JS_READ_END = String.raw`(?:\s{0,5}\??\.\s{0,5}[\w$]{1,60}|\s{0,5}\[[^\]\n]{1,60}\])?(?:\s{0,5}\??\.\s{0,5}(?:toString|trim|toLowerCase)\s{0,5}\(\s{0,5}\))?${TS_ASSERTION}\s{0,5}(?:;|\|\||\?\?|$)`;

/**
 * A JavaScript declaration given request data: `const name = <value>` (group 1; `value` includes its end) or
 * `const { a, b: c } = <whole read>` (group 2, the names in braces).
 */
function jsAssignmentFrom(value: string, wholeRead: string): RegExp {
  return new RegExp(
    String.raw`\b(?:const|let|var)\s{1,5}(?:([A-Za-z_$][\w$]{0,60})\s{0,5}=\s{0,5}${value}|\{([^{}\n]{1,200})\}\s{0,5}=\s{0,5}(?:await\s{1,5})?${wholeRead})`,
    'gm',
  );
}

const flaskRouteParts = (route: string) => [...route.matchAll(/<(?:\w{1,20}:)?(\w{1,60})>/g)].map((match) => match[1]);

// Parameters FastAPI fills with something other than request data: the request itself, injected dependencies,
// and values whose type cannot carry text (numbers, flags, ids).
const FASTAPI_NOT_INPUT = /:\s*(?:(?:Annotated|Optional)\[\s*)?(?:Request|Response|BackgroundTasks|(?:Async)?Session|int|float|bool|UUID|datetime|date)\b|\b(?:Depends|Security)\s*\(|^\s*(?:self|cls)\s*$/;

/** The names of a FastAPI route function's parameters that hold request data. */
function fastApiParameters(list: string): string[] {
  return splitAtTopLevelCommas(list)
    .filter((parameter) => parameter.trim() !== '' && !FASTAPI_NOT_INPUT.test(parameter))
    .map((parameter) => parameter.trim().replace(/^\*{1,2}/, '').split(/[:=\s]/)[0]);
}

const SPELLINGS: [readonly string[], InputSpelling][] = [
  [
    PHP,
    {
      hints: ['$_', '$request', '->request', '->input'],
      source: new RegExp(String.raw`${PHP_REQUEST_SOURCE}|${PHP_SERVER_INPUT}|${PHP_FRAMEWORK_INPUT}`),
      assignments: [
        // $page = $_GET['page']; $q = trim($_POST['q']); $p = $_GET['p'] ?? 'home'; $p = isset($_GET['p']) ? $_GET['p'] : 'home';
        new RegExp(
          String.raw`\$(\w{1,60})\s{0,5}=\s{0,5}(?:${PHP_PASS_THROUGH}${PHP_SOURCE}\s{0,5}\)?\s{0,5}(?:;|\?\?)|isset\s{0,5}\(\s{0,5}${PHP_SOURCE}\s{0,5}\)\s{0,5}\?\s{0,5}${PHP_SOURCE}\s{0,5}:)`,
          'g',
        ),
      ],
      // PHP interpolates variables in double-quoted strings, so every $name counts.
      variablesIn: (matched) => [...matched.matchAll(/\$(\w+)/g)].map((match) => match[1]),
    },
  ],
  [
    JS,
    {
      hints: ['req.', 'request.', 'ctx.', 'searchParams', 'router.query', 'params', 'formData', '@Query', '@Param', '@Body', '@Headers'],
      source: new RegExp(JS_REQUEST_READ),
      assignments: [
        // const file = req.query.file; let { name, path: p } = req.body; const params = request.nextUrl.searchParams;
        // const q = new URL(request.url).searchParams.get('q') (a route handler's request).
        jsAssignmentFrom(String.raw`(?:${JS_QUERY_OBJECT}|(?:await\s{1,5})?(?:new\s{1,5}URL\s{0,5}\(\s{0,5}(?:req|request)\s{0,5}\.\s{0,5}url\b[^()\n]{0,60}\)\s{0,5}\.\s{0,5})?(?:[\w$]{1,40}\s{0,5}\.\s{0,5}){0,3}${JS_REQUEST_READ}(?:[^()\n]{0,100}\))?${JS_READ_END})`, JS_REQUEST_READ),
        // NestJS: a handler's parameter filled from the request, @Query('next') next.
        new RegExp(String.raw`@(?:Query|Param|Body|Headers)\s{0,5}\(\s{0,5}['"][^'"\n]{1,60}['"]\s{0,5}\)\s{0,5}([A-Za-z_$][\w$]{0,60})`, 'g'),
        // Next.js: getServerSideProps({ params, query }) and an App Router handler's GET(request, { params }).
        new RegExp(String.raw`\bgetServerSideProps\b[^{}()\n]{0,60}\(\s{0,5}\{[^{}]{0,200}?\b(params|query)\b`, 'g'),
        new RegExp(String.raw`\bexport\s{1,5}(?:async\s{1,5})?function\s{1,5}(?:GET|POST|PUT|PATCH|DELETE)\s{0,5}\([^(){}]{0,80}\{[^{}]{0,100}?\b(params)\b`, 'g'),
      ],
      // const filter = req.body.filter; const { email, password } = req.body; const { q } = await request.json();
      objectAssignments: [jsAssignmentFrom(String.raw`(?:await\s{1,5})?${JS_OBJECT_READ}${JS_READ_END}`, JS_OBJECT_READ)],
      namesInList: destructuredNames,
      variablesIn: codeIdentifiers,
    },
  ],
  [
    PYTHON,
    {
      hints: ['request.', 'route(', '.get(', '.post(', '.put(', '.delete(', '.patch(', 'get_argument', 'get_query_argument', 'get_body_argument'],
      source: new RegExp(PYTHON_REQUEST_SOURCE),
      assignments: [
        // name = request.args.get("name"); path = request.form["path"]
        new RegExp(
          String.raw`^[ \t]{0,40}([A-Za-z_]\w{0,60})[ \t]{0,5}=[ \t]{0,5}${PYTHON_REQUEST_SOURCE}(?:[ \t]{0,5}\.[ \t]{0,5}get[ \t]{0,5}\([^()\n]{0,100}\)|[ \t]{0,5}\[[^\]\n]{1,60}\])?[ \t]{0,5}(?:#[^\n]{0,200})?$`,
          'gm',
        ),
        // A Flask route's URL parts reach its function's parameters: @app.route("/files/<path:name>")
        /@\w{1,40}\.(?:route|get|post|put|delete|patch)\(\s{0,5}[rf]?["']()([^"'\n]{0,200}<[^"'\n]{0,200})["']/g,
        // FastAPI fills a route function's parameters from the query, path and body: @app.get("/fetch") def fetch(url: str)
        // (A route's path starts with / or is empty: @cache.get("key") is no route.)
        /@\w{1,40}\.(?:get|post|put|delete|patch|api_route)\(\s{0,5}[rf]?["'](?:\/|["'])[^\n]{0,300}\)[ \t]{0,40}\r?\n(?:[ \t]{0,40}@[^\n]{0,300}\r?\n){0,4}[ \t]{0,40}(?:async[ \t]{1,5})?def[ \t]{1,5}\w{1,60}[ \t]{0,5}\(()([^()]{0,600}(?:\([^()]{0,200}\)[^()]{0,600}){0,8})\)/g,
      ],
      // A Flask route always has a <part>; a parameter list never has a `<` (Python's type hints use brackets).
      namesInList: (list) => (list.includes('<') ? flaskRouteParts(list) : fastApiParameters(list)),
      variablesIn: codeIdentifiers,
    },
  ],
  [
    JAVA,
    {
      hints: ['getParameter', 'getHeader', 'getQueryString', 'getCookies', 'getRequestURI', 'getPathInfo', 'getOriginalFilename', '@RequestParam', '@PathVariable', '@RequestHeader', '@CookieValue'],
      // An uploaded file's own name is the client's choice too.
      source: new RegExp(String.raw`${JAVA_REQUEST_SOURCE}|\.\s{0,5}getOriginalFilename\s{0,5}\(`),
      assignments: [
        // String name = request.getParameter("name");
        new RegExp(String.raw`\b(?:String|var|val)\s{1,5}(\w{1,60})\s{0,5}=\s{0,5}${JAVA_REQUEST_SOURCE}[^()\n]{0,100}\)\s{0,5};?$`, 'gm'),
        // Spring fills these parameters from the request: @RequestParam String name, @PathVariable("id") String id
        /@(?:RequestParam|PathVariable|RequestHeader|CookieValue)(?:\s{0,5}\([^()\n]{0,200}\))?\s{1,5}(?:final\s{1,5})?String\s{1,5}(\w{1,60})/g,
      ],
      variablesIn: codeIdentifiers,
    },
  ],
  [
    CSHARP,
    {
      hints: ['Request', 'FileName', 'ActionResult', '[From', '.Map', '[Http'],
      source: new RegExp(String.raw`${CSHARP_REQUEST_SOURCE}|\.\s{0,5}FileName\b`),
      assignments: [
        // var name = Request.Query["name"]; string path = Request.Form["path"].ToString();
        new RegExp(
          String.raw`\b(?:var|string)\s{1,5}(\w{1,60})\s{0,5}=\s{0,5}${CSHARP_REQUEST_RECEIVER}${CSHARP_REQUEST_SOURCE}\s{0,5}(?:\[?[^\]\n]{1,60}\]|\.\s{0,5}\w{1,60})(?:\s{0,5}\.\s{0,5}ToString\s{0,5}\(\s{0,5}\))?\s{0,5};`,
          'g',
        ),
        // ASP.NET binds an action's parameters from the request: public IActionResult Download(string name)
        /\bpublic\s{1,5}(?:async\s{1,5})?(?:Task<)?(?:IActionResult|ActionResult|FileResult|RedirectResult|ContentResult)\b[^(\n]{0,100}\(()([^()\n]{1,300})\)/g,
        // ... whatever it returns, when an [HttpGet] or [HttpPost] attribute marks it as an action: public string Save(string name)
        /\[Http(?:Get|Post|Put|Delete|Patch)\b[^\]\n]{0,100}\][^\n]{0,200}\n(?:[ \t]{0,40}\[[^\n]{0,200}\n){0,4}[ \t]{0,40}public\s{1,5}[^(\n]{1,100}\(()([^()\n]{1,300})\)/g,
        /\[From(?:Query|Route|Form|Header|Body)\b[^\]\n]{0,100}\]\s{0,5}string\s{1,5}(\w{1,60})/g,
        // A minimal API's handler: app.MapGet("/go", (string url) => Results.Redirect(url))
        /\.Map(?:Get|Post|Put|Delete|Patch)?\s{0,5}\(\s{0,5}@?"[^"\n]{0,200}"\s{0,5},\s{0,5}(?:async\s{1,5})?\(()([^()\n]{1,300})\)\s{0,5}=>/g,
      ],
      namesInList: (parameters) => [...parameters.matchAll(/\bstring\??\s{1,5}(\w{1,60})/g)].map((match) => match[1]),
      variablesIn: codeIdentifiers,
    },
  ],
  [
    GO,
    {
      hints: ['r.', 'req.', 'request.', 'c.', 'mux.Vars', 'chi.URLParam'],
      source: new RegExp(GO_REQUEST_SOURCE),
      assignments: [
        // name := r.URL.Query().Get("name"); file := c.Param("file")
        // (gin's, echo's and chi's reads end in their open parenthesis: c.Param( "file"), mux.Vars( r)["id"].)
        new RegExp(String.raw`\b(\w{1,60})\s{0,5}:?=\s{0,5}${GO_REQUEST_SOURCE}(?:\s{0,5}\([^()\n]{0,100}\)|[^()\n]{0,100}\))?(?:\[[^\]\n]{1,60}\])?\s{0,5}$`, 'gm'),
        // An upload's header (its Filename is the client's choice): file, header, err := r.FormFile("f")
        /\b\w{1,60}\s{0,5},\s{0,5}(\w{1,60})\s{0,5},\s{0,5}\w{1,60}\s{0,5}:?=\s{0,5}(?:r|req|request|c)\.FormFile\s{0,5}\(/g,
      ],
      variablesIn: codeIdentifiers,
    },
  ],
  [
    [...RUBY, 'erb'],
    {
      hints: ['params', 'request', 'cookies'],
      // An upload's own name (original_filename) is the client's choice too.
      source: new RegExp(String.raw`${RUBY_REQUEST_SOURCE}|\.original_filename\b`),
      assignments: [
        // file = params[:file]; @url = params.fetch(:url); uri = URI(params[:url]) (a URI object is the same URL)
        new RegExp(String.raw`^[ \t]{0,40}@?(\w{1,60})[ \t]{0,5}=[ \t]{0,5}(?:URI(?:[ \t]{0,5}\.[ \t]{0,5}parse)?[ \t]{0,5}\([ \t]{0,5})?params[ \t]{0,5}(?:\[[^\]\n]{1,60}\]|\.fetch[ \t]{0,5}\(?[^()\n]{1,60}\)?)[ \t]{0,5}\)?[ \t]{0,5}$`, 'gm'),
      ],
      variablesIn: codeIdentifiers,
    },
  ],
  [
    RUST,
    {
      hints: ['Path', 'Query', 'Json', 'Form', 'req.'],
      source: new RegExp(RUST_REQUEST_SOURCE),
      assignments: [
        // Path(name): Path<String>; Query(params): Query<Params>
        new RegExp(String.raw`\b${RUST_EXTRACTOR}\s{0,5}\(\s{0,5}(?:mut\s{1,5})?(\w{1,60})\s{0,5}\)\s{0,5}:`, 'g'),
        // info: web::Query<Info>
        new RegExp(String.raw`[(,]\s{0,5}(?:mut\s{1,5})?(\w{1,60})\s{0,5}:\s{0,5}${RUST_EXTRACTOR}\s{0,5}<`, 'g'),
        // Path((user, file)): Path<(String, String)>
        new RegExp(String.raw`\b${RUST_EXTRACTOR}\s{0,5}\(\s{0,5}()\(([^()\n]{1,200})\)\s{0,5}\)\s{0,5}:`, 'g'),
        // let path = req.uri().path().trim_start_matches('/');
        new RegExp(String.raw`\blet\s{1,5}(?:mut\s{1,5})?(\w{1,60})\s{0,5}(?::[^=;\n]{1,60})?=\s{0,5}&?${RUST_REQUEST_SOURCE}`, 'g'),
      ],
      namesInList: (list) => list.split(',').map((name) => name.trim().replace(/^mut\s+/, '')),
      variablesIn: codeIdentifiers,
    },
  ],
];

/**
 * Patterns built around one variable's name, compiled once per name and kept (a file names the same few variables
 * near every match); the memo is emptied when it grows large, so a long scan does not keep every name it met.
 */
const compiledForName = new Map<string, RegExp>();
function regexFor(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let regex = compiledForName.get(key);
  if (!regex) {
    if (compiledForName.size >= 2000) compiledForName.clear();
    regex = new RegExp(source, flags);
    compiledForName.set(key, regex);
  }
  return regex;
}

const CONDITION_START = /\b(?:if|elif|while|assert|unless)\b/g;
// A condition line that goes on: it ends in an operator, a comma or an open bracket, or leaves brackets open.
const CONTINUES = /(?:&&|\|\||\band|\bor|[(,\\])\s*$/;
const CONTINUATION_LINES = 3;
// Calls and values that only ask whether a value is there: isset($x), String.IsNullOrEmpty(x), x != null, x is None.
// Whether a file of that name exists says nothing of what the name holds (`if (!Files.exists(p))`): a presence check too.
const PRESENCE_CALL = String.raw`(?:isset|empty|is_null|len|strlen|count|[Ss]tring\.IsNullOrEmpty|[Ss]tring\.IsNullOrWhiteSpace|StringUtils\.is(?:Not)?(?:Blank|Empty)|Objects\.(?:isNull|nonNull)|Files\.(?:exists|notExists|isRegularFile|isDirectory|isReadable)|file_exists|is_file|is_dir|is_readable|os\.path\.(?:exists|isfile|isdir)|File\.Exists|Directory\.Exists|fs\.existsSync)`;
const NOTHING = String.raw`(?:null|NULL|None|nil|undefined|''|""|0)(?![\w'"])`;

/**
 * True when a condition in `text` (if, while, assert...) examines the value, so it may well be validated there. A
 * condition that only asks whether the value is there (`if (!next) return`, `next != null`, `isset($next)`,
 * `next.nil?`, `len(next) == 0`) examines nothing: the value is still followed.
 */
function testedIn(conditions: readonly string[], value: string): boolean {
  const presenceChecks = regexFor([
    String.raw`\b${PRESENCE_CALL}\s{0,5}\(\s{0,5}${value}\s{0,5}\)`,
    String.raw`\btypeof\s{1,5}${value}`,
    String.raw`${value}\s{0,5}\??\.\s{0,5}(?:length|size\(\)|isEmpty\(\)|isBlank\(\)|empty\?|nil\?|blank\?|present\?|Length|Count|exists\(\)|isFile\(\))`,
    String.raw`${value}\s{0,5}(?:===?|!==?|<>|\bis\s{1,5}not\b|\bis\b)\s{0,5}${NOTHING}`,
    String.raw`${NOTHING}\s{0,5}(?:===?|!==?)\s{0,5}${value}`,
    // The value alone, tested for truth: after a condition's keyword, an opening bracket that calls nothing,
    // a negation or a logical operator, and before a closing bracket, a logical operator or the condition's end.
    // (`?` is a ternary's, not optional chaining's `?.` nor `??`.)
    String.raw`(?:\b(?:if|elif|while|unless|assert|not|and|or)\s{1,5}|(?<![\w$\]])\(|!|&&|\|\|)\s{0,5}${value}(?=\s{0,5}(?:$|[):{]|\?(?![.?])|&&|\|\||\b(?:and|or|then)\b))`,
  ].join('|'), 'gm');
  const mentions = regexFor(value);
  // A string examines nothing, its words or what it interpolates: `if (!url) return res.json({ error: "url required" })`
  // and `... send(\`missing ${url}\`)` check presence only.
  const withoutQuotedText = (condition: string) => condition.replace(QUOTED, ' ');
  return conditions.some((condition) => mentions.test(withoutQuotedText(condition.replace(presenceChecks, ' '))));
}

/** Each condition in `text` from its keyword, with the lines it continues on (`if (!next ||\n !next.startsWith('/'))`). */
function conditionsIn(text: string): string[] {
  const conditions: string[] = [];
  for (const start of text.matchAll(CONDITION_START)) {
    let end = text.indexOf('\n', start.index);
    for (let more = 0; more < CONTINUATION_LINES && end >= 0; more++) {
      const sofar = text.slice(start.index, end);
      if (!CONTINUES.test(sofar) && count(sofar, '(') <= count(sofar, ')')) break;
      end = text.indexOf('\n', end + 1);
    }
    conditions.push(text.slice(start.index, end < 0 ? text.length : end).slice(0, 200 * (1 + CONTINUATION_LINES)));
  }
  return conditions;
}

const count = (text: string, character: string) => text.split(character).length - 1;

/** Words without which a text assigns no request data in the language (requestInputVariables finds none). */
export function requestInputHints(languageId: string): readonly string[] {
  return spellingFor(languageId)?.hints ?? [];
}

function spellingFor(languageId: string): InputSpelling | undefined {
  return SPELLINGS.find(([languages]) => languages.includes(languageId))?.[1];
}

/**
 * Names of the variables that `text` (the lines above a match) assigns request data to, unchanged, and never
 * checks or reassigns. It stays on the side of silence: a variable that is also given another value
 * (`next = url_for("home")`) or examined in a condition (`if not next.startswith("/")`) may well be validated, and
 * is not followed; one only checked for presence (`if not next: abort(400)`) is.
 */
export function requestInputVariables(text: string, languageId: string, objectsOnly = false): ReadonlySet<string> {
  const spelling = spellingFor(languageId);
  const names = new Map<string, number>();
  if (!spelling || !spelling.hints.some((hint) => text.includes(hint))) return new Set();
  // Per name, how many `name = ...` statements give it request data (a parameter or destructured name has none).
  const assigned = (name: string, statements: number) => {
    if (VARIABLE_NAME.test(name)) names.set(name, (names.get(name) ?? 0) + statements);
  };
  // Only the reads that can give an object, when a rule asks (a query operator or a prototype key needs one).
  for (const assignment of (objectsOnly && spelling.objectAssignments) || spelling.assignments) {
    for (const match of text.matchAll(assignment)) {
      if (match[1]) assigned(match[1], 1);
      // A default inside the list (`{ mode = 'r' }`) is part of the binding, not another assignment.
      else if (match[2] !== undefined) for (const name of spelling.namesInList!(match[2])) assigned(name, assignmentsOf(name, match[2], languageId));
    }
  }
  const followed = new Set<string>();
  let conditions: string[] | undefined;
  for (const [name, statementsFromInput] of names) {
    if (assignmentsOf(name, text, languageId) > statementsFromInput) continue;
    // Checked itself, or through a value made from it: `const url = new URL(next, base); if (url.host !== base.host)`.
    conditions ??= conditionsIn(text);
    const checked = conditions.length > 0 && [name, ...derivedFrom(name, text, languageId)].some((value) => testedIn(conditions!, variablePattern(value, languageId)));
    if (!checked) followed.add(name);
  }
  return followed;
}

/** Variables that `text` assigns a value made from the variable `name` to (`url = urlparse(next)`). */
function derivedFrom(name: string, text: string, languageId: string): string[] {
  const assignment = regexFor(String.raw`(?<![\w$.])\$?([A-Za-z_][\w$]{0,60})\s{0,5}:?=(?![=>])[^\n]{0,200}?${variablePattern(name, languageId)}`, 'g');
  return [...text.matchAll(assignment)].map((match) => match[1]).filter((derived) => derived !== name);
}

/** The variable as a pattern: `$name` in PHP, else the name where it is not part of a longer one or a property. */
function variablePattern(name: string, languageId: string): string {
  return (languageId === 'php' ? '\\$' : '(?<![\\w$.])') + name.replace(/\$/g, '\\$') + '(?![\\w$])';
}

/** How many times `text` assigns to the variable (`name = ...`, Go's `name := ...`; not `==` or `=>`). */
export function assignmentsOf(name: string, text: string, languageId: string): number {
  return text.match(regexFor(`${variablePattern(name, languageId)}\\s*:?=(?![=>])`, 'g'))?.length ?? 0;
}

// What names the value after a direct read: .origin, ['Origin'], .get('next').
const READ_TAIL = /^(?:\s{0,5}\??\.\s{0,5}[\w$]{1,60}|\s{0,5}\[[^\]\n]{1,60}\]|\s{0,5}\([^()\n]{0,60}\)){0,4}/;

// A check of a value against known ones: ALLOWED.includes(x), in_array(x, $allowed), allowed.has(x), x in ALLOWED.
const MEMBERSHIP_CALL = String.raw`(?:includes|has|contains|Contains|ContainsKey|indexOf|in_array|array_key_exists|include\?|member\?|key\?|IsLocalUrl)\s{0,5}\(\s{0,5}(?:[^()\n]{0,100},\s{0,5})?`;
const CONDITION_KEYWORD = /\b(if|elif|while|unless|assert)\b/;
// What leaves the handler early, after a failed check: return, throw, abort(400), die, continue.
const EXITS = /\b(?:return|throw|raise|abort|exit|die|continue|break)\b/;

/**
 * What a line's condition says of the value: 'allows' when it holds only for known values (ALLOWED.includes(x),
 * x === 'home', allowed[x], x in ALLOWED), 'rejects' for the opposite (!ALLOWED.includes(x), x not in ALLOWED,
 * Ruby's unless ALLOWED.include?(x)). A presence check (isset(x), if (x)) says nothing.
 */
function conditionOn(line: string, value: string): 'allows' | 'rejects' | undefined {
  const keyword = CONDITION_KEYWORD.exec(line)?.[1];
  if (keyword === undefined) return undefined;
  const named = `${value}(?![\\w$])`;
  const check = [
    regexFor(String.raw`(!\s{0,5}|\bnot\s{1,5})?(?:[\w$]{1,60}\s{0,5}(?:\.|::|->)\s{0,5}){0,3}${MEMBERSHIP_CALL}${named}`),
    regexFor(String.raw`(!\s{0,5})?[\w$.]{1,60}\[\s{0,5}${named}\s{0,5}\]`),
    regexFor(String.raw`${named}\s{0,5}(?:==|(!)=)=?\s{0,5}['"]`),
    regexFor(String.raw`${named}\s{1,5}(not\s{1,5})?in\s`),
  ].map((pattern) => pattern.exec(line)).find((found) => found !== null);
  if (!check) return undefined;
  return (check[1] !== undefined) !== (keyword === 'unless') ? 'rejects' : 'allows';
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * Whether the code just above a use (`before` ends where the use starts) only reaches it with a known value: an
 * enclosing block whose condition allows only known values, the same line's condition, or an earlier check that
 * leaves when the value is unknown (if (!ALLOWED.includes(x)) return ...).
 */
function checkedBefore(before: string, value: string): boolean {
  const lines = before.split('\n');
  const useLine = lines.pop()!;
  if (conditionOn(useLine, value) === 'allows') return true;
  let enclosing = indentOf(useLine);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() === '') continue;
    const indent = indentOf(lines[i]);
    const condition = conditionOn(lines[i], value);
    if (indent < enclosing) {
      if (condition === 'allows') return true;
      enclosing = indent;
    } else if (condition === 'rejects' && (EXITS.test(lines[i]) || EXITS.test(lines.slice(i + 1).find((line) => line.trim() !== '') ?? ''))) {
      return true;
    }
  }
  return false;
}

// Every direct read in a match, not only the first: one global copy of each language's source.
const ALL_READS = new Map(SPELLINGS.map(([, spelling]) => [spelling, new RegExp(spelling.source.source, 'g')]));

/**
 * True when the matched text reads request data directly or uses a variable that holds it. A direct read of a named
 * value (req.headers.origin, $_GET['page']) that the code above checks against known values is left alone:
 * `if (allowed.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`.
 */
export function usesRequestInput(
  matched: string,
  languageId: string,
  inputVariables: () => ReadonlySet<string>,
  surroundings: () => { before: string; restOfLine: string },
): boolean {
  const spelling = spellingFor(languageId);
  if (!spelling) return false;
  if (spelling.source.test(matched)) {
    // A match often ends at the source itself ($_GET, req.headers): the value's name follows on the line.
    const { before, restOfLine } = surroundings();
    const text = restOfLine.startsWith(matched) ? restOfLine : matched;
    for (const read of matched.matchAll(ALL_READS.get(spelling)!)) {
      const name = READ_TAIL.exec(text.slice(read.index + read[0].length))![0];
      if (name === '' || !checkedBefore(before, escapeRegExp(read[0] + name))) return true;
    }
    return false;
  }
  // Most code holds no request data at all: then the match's variables need not be read.
  const assigned = inputVariables();
  return assigned.size > 0 && spelling.variablesIn(matched).some((name) => assigned.has(name));
}
