import assert from 'node:assert/strict';
import { requestInputVariables, usesRequestInput } from '../../src/engine/request-input';
import { scan } from '../../src/engine/scanner';

const names = (text: string, languageId: string) => [...requestInputVariables(text, languageId)].sort();

describe('request input variables', () => {
  it('follows PHP variables assigned straight from a superglobal, and no others', () => {
    const text = [
      "$page = $_GET['page'];",
      "$q = trim($_POST['q']);",
      "$lang = $_GET['lang'] ?? 'en';",
      "$sort = isset($_GET['sort']) ? $_GET['sort'] : 'name';",
      "$id = (int) $_GET['id'];",
      "$safe = htmlspecialchars($_GET['name']);",
      "$ok = isset($_GET['x']);",
    ].join('\n');
    assert.deepEqual(names(text, 'php'), ['lang', 'page', 'q', 'sort']);
  });

  it('follows JavaScript assignments and destructuring from req.query, req.body and req.params', () => {
    const text = 'const file = req.query.file;\nlet { name, path: target, mode = "r", ...rest } = req.body;\nconst id = parseInt(req.params.id, 10);';
    assert.deepEqual(names(text, 'javascript'), ['file', 'mode', 'name', 'target']);
  });

  it('follows Next.js, Hono and fetch-style reads, through TypeScript type assertions', () => {
    const text = [
      "const url = request.nextUrl.searchParams.get('url');",
      "const name = c.req.query('name');",
      'const { target } = await request.json();',
      'const next = req.query.next as string;',
      "const page = Number(searchParams.get('page'));",
      "const q = new URL(request.url).searchParams.get('q');",
      "const redirectTo = formData.get('redirectTo')?.toString() || '/app';",
    ].join('\n');
    assert.deepEqual(names(text, 'javascript'), ['name', 'next', 'q', 'redirectTo', 'target', 'url'], 'a value passed through Number() is not followed');
  });

  it("follows a NestJS handler's parameters that decorators fill from the request", () => {
    const text = "@Get('callback')\ncallback(@Query('redirect_uri') redirectUri: string, @Param('id') id: string, @Req() req: Request) {";
    assert.deepEqual(names(text, 'typescript'), ['id', 'redirectUri']);
  });

  it('follows Python, Java and C# reads of request parameters', () => {
    assert.deepEqual(names('name = request.args.get("name")\nn = int(request.args["n"])', 'python'), ['name']);
    assert.deepEqual(names('String host = request.getParameter("host");\nint n = Integer.parseInt(request.getParameter("n"));', 'java'), ['host']);
    assert.deepEqual(names('var path = Request.Query["path"];\nvar n = int.Parse(Request.Query["n"]);', 'csharp'), ['path']);
    assert.deepEqual(names('name := r.URL.Query().Get("name")\nn, _ := strconv.Atoi(r.FormValue("n"))', 'go'), ['name']);
    assert.deepEqual(names('file = params[:file]\n@url = params.fetch(:url)\nid = params[:id].to_i', 'ruby'), ['file', 'url']);
  });

  it('follows parameters that a framework fills from the request', () => {
    assert.deepEqual(names('@app.route("/files/<path:name>/<int:rev>")\ndef download(name, rev):', 'python'), ['name', 'rev']);
    const fastApi = '@router.post("/items/{item_id}", status_code=201)\n@limiter.limit("5/minute")\nasync def create(item_id: int, url: str, item: Item, tags: Dict[str, List[str]] = {}, request: Request = None, db: Session = Depends(get_db), *, q: Optional[str] = Query(None)):';
    assert.deepEqual(names(fastApi, 'python'), ['item', 'q', 'tags', 'url'], 'not the request, injected dependencies or numbers');
    assert.deepEqual(names('public String get(@RequestParam("q") String query, @PathVariable String id, int n) {', 'java'), ['id', 'query']);
    assert.deepEqual(names('public IActionResult Download(string name, int id) {\n[FromHeader] string agent', 'csharp'), ['agent', 'name']);
    assert.deepEqual(names('public IActionResult Download(string name) {\n  name = Path.GetFileName(name);', 'csharp'), [], 'a reassigned parameter may be cleaned');
    assert.deepEqual(names('app.MapGet("/go", (string url, int id) => Results.Redirect(url));', 'csharp'), ['url'], "a minimal API handler's text parameters");
    const attributed = '[HttpPost("save")]\n[Authorize]\npublic async Task<string> Save(string name, int size) {\npublic string Helper(string other) {';
    assert.deepEqual(names(attributed, 'csharp'), ['name'], 'an action marked [HttpPost], whatever it returns; not a method without the attribute');
    assert.deepEqual(names('file, header, err := r.FormFile("upload")\ncfg := loadConfig()', 'go'), ['header'], "an upload's header, whose Filename the client chose");
    const fastApiInjected = '@app.get("/me")\nasync def me(user: Annotated[User, Depends(current_user)], limit: Annotated[int, Query(le=100)], q: str):';
    assert.deepEqual(names(fastApiInjected, 'python'), ['q'], 'Annotated dependencies and numbers are no request text');
    assert.deepEqual(names('@cache.get("settings")\ndef load(path):', 'python'), [], 'a decorator without a route path is no route');
    assert.deepEqual(names('async fn get(Path((user, file)): Path<(String, String)>, Query(p): Query<P>, info: web::Json<Info>, State(s): State<App>) {', 'rust'), ['file', 'info', 'p', 'user']);
    assert.deepEqual(names("$next = $request->input('next');\n$origin = $_SERVER['HTTP_ORIGIN'];", 'php'), ['next', 'origin']);
    // CodeIgniter, Yii and CakePHP read the request through their own objects.
    assert.deepEqual(names("$u = $this->input->get('u');\n$b = Yii::$app->request->get('back');\n$r = $this->request->getQuery('r');", 'php'), ['b', 'r', 'u']);
  });

  it('does not follow a variable that is also reassigned or tested, since it may be validated', () => {
    const text = 'next_url = request.args.get("next")\nif not next_url.startswith("/"):\n    next_url = url_for("home")\nhost = request.args.get("host")\nhost = ALIASES.get(host, host)';
    assert.deepEqual(names(text, 'python'), []);
    assert.deepEqual(names("$p = $_GET['p'];\nif (in_array($p, $allowed)) include $p;", 'php'), []);
    // Go declares with := and reassigns with =: both count.
    assert.deepEqual(names('name := r.FormValue("name")\nname = filepath.Base(name)', 'go'), []);
    assert.deepEqual(names('name := r.FormValue("name")', 'go'), ['name']);
  });

  it('still follows a variable that a condition only checks for presence, in every language', () => {
    const followed: [string, string][] = [
      ['javascript', 'const next = req.query.next;\nif (!next) return res.redirect("/");'],
      ['javascript', 'const next = req.query.next;\nif (typeof next !== "string" || next.length === 0) return;'],
      ['python', 'next_url = request.args.get("next")\nif next_url is None:\n    abort(400)'],
      ['php', '$p = $_GET["p"];\nif (isset($p) && $p !== "") {'],
      ['php', '$p = $_GET["p"];\nif (empty($p)) die();'],
      ['java', 'String next = request.getParameter("next");\nif (next != null) {'],
      ['csharp', 'var returnUrl = Request.Query["returnUrl"];\nif (string.IsNullOrEmpty(returnUrl)) return Redirect("/");'],
      ['ruby', 'next_url = params[:next]\nreturn head :bad_request if next_url.nil?'],
      ['go', 'next := r.URL.Query().Get("next")\nif next == "" {'],
      // The lines after a complete condition are its body, not more of it.
      ['javascript', 'const next = req.query.next;\nif (!next) {\n  return res.redirect(next);\n}'],
      ['javascript', 'const next = req.query.next;\nconst target = next ? next : "/";\nif (!next) return;'],
      ['javascript', 'const next = req.query.next;\nconst label = "to " + next;\nif (!next) return;'],
      // The name in a message string examines nothing.
      ['typescript', 'const url = searchParams.get("url");\nif (!url) return NextResponse.json({ error: "url required" }, { status: 400 });'],
      ['python', 'url = request.args.get("url")\nif not url:\n    abort(400, "url is required")'],
      ['javascript', 'const url = req.query.url;\nif (!url) return res.status(400).send(`missing ${url}`);'],
    ];
    for (const [languageId, text] of followed) assert.equal(names(text, languageId).length, 1, text);
    const examined: [string, string][] = [
      ['javascript', 'const next = req.query.next;\nif (next && !next.startsWith("/")) return;'],
      ['javascript', 'const next = req.query.next;\nif (isSafeRedirect(next)) {'],
      ['javascript', 'const next = req.query.next;\nif (next === "/home") {'],
      ['javascript', 'const next = req.query.next;\nif (!allowed.has(next)) return res.status(400).send(`bad ${next}`);'],
      ['python', 'next_url = request.args.get("next")\nif not next_url or not next_url.startswith("/"):\n    abort(400)'],
      ['java', 'String next = request.getParameter("next");\nif (next != null && next.startsWith("/")) {'],
      ['go', 'next := r.URL.Query().Get("next")\nif strings.HasPrefix(next, "/") {'],
      // A condition that goes on over lines, and optional chaining (not a ternary's `?`).
      ['javascript', 'const next = req.query.next;\nif (!next ||\n    !next.startsWith("/") || next.startsWith("//")) {\n  return res.redirect("/");\n}'],
      ['java', 'String next = request.getParameter("next");\nif (next != null\n    && next.startsWith("/") && !next.startsWith("//")) {'],
      ['python', 'next_url = request.args.get("next")\nif (next_url is not None\n        and is_safe_url(next_url)):'],
      ['javascript', 'const next = req.query.next;\nif (!next?.startsWith("/")) return res.redirect("/");'],
      ['csharp', 'var next = Request.Query["next"];\nif (next?.StartsWith("/") == true) return Redirect(next);'],
      // Checked through a value made from it (koa's ctx.back()).
      ['javascript', 'const referrer = this.ctx.get("Referrer")\nif (referrer) {\n  const url = new URL(referrer, this.ctx.href)\n  if (url.host === this.ctx.host) {'],
      ['python', 'next_url = request.args.get("next")\nparsed = urlparse(next_url)\nif parsed.netloc and parsed.netloc != request.host:\n    abort(400)'],
      ['php', '$next = $_GET["next"];\n$parts = parse_url($next);\nif ($parts["host"] !== $_SERVER["HTTP_HOST"]) exit;'],
    ];
    for (const [languageId, text] of examined) assert.deepEqual(names(text, languageId), [], text);
  });

  it('leaves a direct read alone when a condition just above, or earlier on its line, checks it against known values', () => {
    const none = () => new Set<string>();
    const sink = "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)";
    const after = (before: string) => () => ({ before, restOfLine: sink });
    assert.equal(usesRequestInput(sink, 'javascript', none, after('if (allowed.includes(req.headers.origin)) ')), false);
    assert.equal(usesRequestInput(sink, 'javascript', none, after('if (ALLOWED.has(req.headers.origin)) {\n  ')), false);
    assert.equal(usesRequestInput(sink, 'javascript', none, after('if (user) ')), true, 'a condition on something else');
    assert.equal(usesRequestInput(sink, 'javascript', none, after('if (allowed.includes(req.headers.host)) ')), true, 'another header tested');
    assert.equal(usesRequestInput(sink, 'javascript', none, after('if (req.headers.origin) ')), true, 'a presence check validates nothing');
    const include = "include($_GET['page']);";
    const php = (before: string) => () => ({ before, restOfLine: include });
    assert.equal(usesRequestInput(include, 'php', none, php("if (isset($_GET['page'])) ")), true, 'isset validates nothing');
    assert.equal(usesRequestInput(include, 'php', none, php("if (in_array($_GET['page'], $pages, true)) ")), false);
    const header = 'header("Location: " . $_GET';
    const headerLine = () => ({ before: "if ($_GET['page'] === 'home') ", restOfLine: header + "['next']);" });
    assert.equal(usesRequestInput(header, 'php', none, headerLine), true, "the value's name follows the match on its line");
    assert.equal(usesRequestInput(sink, 'javascript', none, after('')), true);
  });

  it('takes a check only where it guards the use: an enclosing block, the same line, or an early exit', () => {
    const none = () => new Set<string>();
    const uses = (matched: string, languageId: string, before: string) =>
      usesRequestInput(matched, languageId, none, () => ({ before, restOfLine: matched }));
    const redirect = 'res.redirect(req.query.next)';
    assert.equal(uses(redirect, 'javascript', "if (!SAFE.includes(req.query.next)) return res.sendStatus(400);\n"), false, 'an early exit');
    assert.equal(uses(redirect, 'javascript', "if (!SAFE.includes(req.query.next)) {\n  return res.sendStatus(400);\n}\n"), false, 'an early exit in a block');
    assert.equal(uses(redirect, 'javascript', "if (req.query.next !== '/logout') {\n  return "), true, 'a negated comparison allows everything else');
    assert.equal(uses(redirect, 'javascript', "if (SAFE.includes(req.query.next)) { log('ok'); }\n"), true, 'a block already closed');
    assert.equal(uses(redirect, 'javascript', "if (req.query.next === '/home') return res.render('home');\n"), true, 'a positive check that leaves');
    assert.equal(uses(redirect, 'javascript', "if (SAFE.includes(req.query.nextPage)) {\n  "), true, 'another value with a longer name');
    assert.equal(uses(redirect, 'javascript', "if (!SAFE.includes(req.query.next)) {\n  "), true, 'inside the rejecting block');
    assert.equal(uses(redirect, 'javascript', "if (SAFE.includes(req.query.next)) {\n  doThis();\n} else {\n  "), true, 'the else branch');
    const twoReads = "include 'pages/' . $_GET['page'] . '/' . $_GET['file'];";
    assert.equal(uses(twoReads, 'php', "if (in_array($_GET['page'], $pages)) {\n  "), true, 'one of two reads checked');
    assert.equal(uses('return redirect(request.args.get("next"))', 'python', 'if request.args.get("next") not in ALLOWED:\n    abort(400)\n'), false);
    assert.equal(uses('w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))', 'go', 'if allowed[r.Header.Get("Origin")] {\n\t'), false, 'a Go map of allowed values');
    assert.equal(uses('redirect_to params[:next]', 'ruby', 'return head(:bad_request) unless ALLOWED.include?(params[:next])\n'), false, "Ruby's unless");
  });

  it('says whether a match reads request data directly or through such a variable', () => {
    const variables = () => new Set(['page']);
    const nothingAround = () => ({ before: '', restOfLine: '' });
    assert.equal(usesRequestInput("include 'pages/' . $page;", 'php', variables, nothingAround), true);
    assert.equal(usesRequestInput("include 'pages/' . $other;", 'php', variables, nothingAround), false);
    assert.equal(usesRequestInput("include $_GET['p'];", 'php', variables, nothingAround), true);
    assert.equal(usesRequestInput("res.sendFile('page.html')", 'javascript', variables, nothingAround), false, 'a word inside a string is no variable');
    assert.equal(usesRequestInput('res.sendFile(page)', 'javascript', variables, nothingAround), true);
    assert.equal(usesRequestInput('res.send(`<p>${page}</p>`)', 'javascript', variables, nothingAround), true, 'interpolated into a template literal');
    assert.equal(usesRequestInput('res.send(`page ${other}`)', 'javascript', variables, nothingAround), false, 'a word in a template literal is no variable');
    assert.equal(usesRequestInput('x(page)', 'shellscript', variables, nothingAround), false, 'a language without request spellings never matches');
    assert.equal(usesRequestInput('fs::read(req.match_info().get("file").unwrap())', 'rust', variables, nothingAround), true, "actix-web's HttpRequest");
    assert.equal(usesRequestInput('fs::read(req.path())', 'rust', variables, nothingAround), false, 'a read the spelling does not name');
    assert.equal(usesRequestInput('File.open(upload.original_filename, "wb")', 'ruby', variables, nothingAround), true, "an upload's own file name");
    assert.equal(usesRequestInput('File.open(upload.content_type, "wb")', 'ruby', variables, nothingAround), false);
  });

  it('follows an assignment up to 60 lines above the sink, so a scan of a neighbourhood gives what a whole-text scan gives', () => {
    const sink = "include 'pages/' . $page . '.php';";
    const findingsWith = (gap: number) =>
      scan(`<?php\n$page = $_GET['page'];\n${'$x = 1;\n'.repeat(gap)}${sink}\n`, { languageId: 'php' }).filter((f) => f.ruleId === 'php.include-input').length;
    assert.equal(findingsWith(50), 1);
    assert.equal(findingsWith(70), 0);
  });
});
