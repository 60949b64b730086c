// Realistic multi-line cases for the JavaScript/TypeScript rules.
import type { RuleCases } from '../../../rule-tester';

export const JAVASCRIPT_CASES: Record<string, RuleCases> = {
  'js.eval-call': {
    invalid: [
      { code: 'function run(req) {\n  return eval(req.body.expr);\n}\n', findings: [{ line: 2, column: 10 }] },
      { code: 'xhr.onload = () => {\n  const data = eval("(" + xhr.responseText + ")");\n};\n', findings: [{ line: 2, column: 16 }] },
    ],
    valid: [
      'const s = "eval(req.body.expr)";',
      '/* eval(x) */ const y = 1;',
      'const ok = await redis.eval(LUA_SCRIPT, 1, key);',
      'const evaluation = evaluate(expr);',
    ],
  },
  'js.function-constructor': {
    invalid: [
      {
        code: 'export function compile(expression: string) {\n  return new Function("scope", "with (scope) { return " + expression + "; }");\n}\n',
        languageId: 'typescript',
        findings: [{ line: 2, column: 10 }],
      },
    ],
    valid: ["const root = Function('return this')();", 'type Callback = Function;\nconst cb: Function = () => 1;'],
  },
  'js.child-process-exec': {
    invalid: [
      {
        code: "const { exec } = require('child_process');\n\napp.get('/ping', (req, res) => {\n  exec(`ping -c 1 ${req.query.host}`, (err, stdout) => res.send(stdout));\n});\n",
        findings: [{ line: 4, column: 3 }],
      },
    ],
    valid: [
      "const { execFile } = require('child_process');\nexecFile('ping', ['-c', '1', host], (err, out) => res.send(out));",
      'const m = /(\\d+)/.exec(line);\nconst n = re.exec(text);',
      'db.exec(`CREATE TABLE ${name} (id INTEGER)`);',
    ],
  },
  'js.sql-string-building': {
    invalid: [
      {
        code: 'async function findUser(email) {\n  const sql = `\n    SELECT id, name\n    FROM users\n    WHERE email = \'${email}\'`;\n  return pool.query(sql);\n}\n',
        findings: [{ line: 2, column: 15 }],
      },
      {
        code: 'const q = "SELECT * FROM orders WHERE status = \'" + status + "\' AND user_id = " + userId;',
        findings: [{ line: 1, column: 11 }],
      },
    ],
    valid: [
      "const { rows } = await pool.query('SELECT id, name FROM users WHERE email = $1', [email]);",
      'logger.info(`Updated ${count} rows`);',
      'const label = `Select from ${options.length} options`;',
      'console.log(`DELETE ${url} returned ${status}`);',
    ],
  },
  'js.nosql-request-object': {
    invalid: [
      {
        code: "router.post('/login', async (req, res) => {\n  const user = await User.findOne({ email: req.body.email, password: req.body.password });\n  if (!user) return res.sendStatus(401);\n});\n",
        findings: [{ line: 2, column: 26 }],
      },
    ],
    valid: [
      "const user = await User.findOne({ email: String(req.body.email) });\nconst byId = await User.findById(req.params.id);",
      "const token = req.headers['x-invite'];\nconst invite = await Invite.findOne({ token });",
      'const { id } = req.params;\nconst doc = await Doc.findOne({ owner: req.user.id, id });',
    ],
  },
  'js.inner-html': {
    invalid: [
      {
        code: "fetch('/api/comments')\n  .then((r) => r.json())\n  .then((comments) => {\n    list.innerHTML = comments.map((c) => `<li>${c.text}</li>`).join('');\n  });\n",
        findings: [{ line: 4, column: 9 }],
      },
    ],
    valid: ["list.innerHTML = '';\nfor (const c of comments) {\n  const li = document.createElement('li');\n  li.textContent = c.text;\n  list.append(li);\n}"],
  },
  'js.dangerously-set-inner-html': {
    invalid: [
      {
        code: 'export const Post = ({ post }) => (\n  <article>\n    <div\n      className="body"\n      dangerouslySetInnerHTML={{ __html: post.html }}\n    />\n  </article>\n);\n',
        languageId: 'javascriptreact',
        findings: [{ line: 5, column: 7 }],
      },
    ],
    valid: [{ code: 'export const Post = ({ post }) => <article>{post.text}</article>;', languageId: 'typescriptreact' }],
  },
  'js.vue-v-html': {
    invalid: [{ code: '<template>\n  <div class="comment" v-html="comment.body"></div>\n</template>\n', languageId: 'vue', findings: [{ line: 2, column: 24 }] }],
    valid: [{ code: '<template>\n  <div class="comment">{{ comment.body }}</div>\n</template>\n', languageId: 'vue' }],
  },
  'js.open-redirect': {
    invalid: [
      {
        code: "app.get('/login/callback', (req, res) => {\n  req.session.user = user;\n  res.redirect(req.query.next);\n});\n",
        findings: [{ line: 3, column: 7 }],
      },
    ],
    valid: ["app.get('/login/callback', (req, res) => {\n  res.redirect(isLocalPath(req.query.next) ? req.query.next : '/');\n});"],
  },
  'js.path-from-request': {
    invalid: [
      {
        code: "app.get('/download/:name', (req, res) => {\n  const file = path.join(__dirname, 'files', req.params.name);\n  res.download(file);\n});\n",
        findings: [{ line: 2, column: 16 }],
      },
    ],
    valid: [
      "app.get('/download/:name', (req, res) => {\n  const name = path.basename(req.params.name);\n  res.download(path.join(FILES_DIR, name));\n});",
    ],
  },
  'js.ssrf-request-url': {
    invalid: [
      {
        code: "app.post('/preview', async (req, res) => {\n  const page = await fetch(req.body.url);\n  res.send(await page.text());\n});\n",
        findings: [{ line: 2, column: 22 }],
      },
    ],
    valid: ["const page = await fetch(`${API_BASE}/pages/${encodeURIComponent(req.body.slug)}`);"],
  },
  'js.math-random-token': {
    invalid: [
      {
        code: 'export function createResetToken(): string {\n  return Math.random().toString(36).slice(2) + Date.now().toString(36);\n}\n',
        languageId: 'typescript',
        findings: [{ line: 1, column: 17 }],
      },
      { code: 'const otp = Math.floor(100000 + Math.random() * 900000);', findings: [{ line: 1, column: 7 }] },
    ],
    valid: [
      'export function jitter(ms: number): number {\n  return ms + Math.random() * 100;\n}\n',
      'const tokenColor = palette.token;\nconst hue = Math.random() * 360;',
    ],
  },
  'js.tls-reject-unauthorized': {
    invalid: [
      {
        code: "const client = new Client({\n  host: process.env.PGHOST,\n  ssl: {\n    rejectUnauthorized: false,\n  },\n});\n",
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: ["const client = new Client({\n  ssl: { ca: fs.readFileSync('ca.pem'), rejectUnauthorized: true },\n});"],
  },
  'js.cors-credentials-any-origin': {
    invalid: [
      {
        code: 'app.use(\n  cors({\n    origin: true,\n    credentials: true,\n  }),\n);\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ["app.use(\n  cors({\n    origin: ['https://app.example.com'],\n    credentials: true,\n  }),\n);"],
  },
  'js.insecure-cookie': {
    invalid: [
      {
        code: "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: {\n    httpOnly: false,\n    maxAge: 3600000,\n  },\n}));\n",
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: ["app.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },\n}));"],
  },
  'js.hardcoded-session-secret': {
    invalid: [
      {
        code: "app.use(\n  session({\n    secret: 'my very secret phrase',\n    resave: false,\n  }),\n);\n",
        findings: [{ line: 2, column: 3 }],
      },
    ],
    valid: ["app.use(\n  session({\n    secret: process.env.SESSION_SECRET,\n    resave: false,\n  }),\n);"],
  },
  'js.postmessage-any-origin': {
    invalid: [
      {
        code: "function notify(token) {\n  window.opener.postMessage(\n    { type: 'auth', token },\n    '*',\n  );\n}\n",
        findings: [{ line: 2, column: 17 }],
      },
    ],
    valid: ["function notify(token) {\n  window.opener.postMessage({ type: 'auth', token }, window.location.origin);\n}"],
  },
  'js.proto-key-from-request': {
    invalid: [{ code: "app.post('/prefs', (req, res) => {\n  prefs[req.body.name] = req.body.value;\n  res.sendStatus(204);\n});\n", findings: [{ line: 2, column: 3 }] }],
    valid: [
      "app.post('/prefs', (req, res) => {\n  prefs.set(String(req.body.name), req.body.value);\n});",
      "app.post('/profile', (req, res) => {\n  const body = req.body;\n  for (const field of TRIMMED_FIELDS) body[field] = String(body[field] || '').trim();\n});",
    ],
  },
  'js.jwt-none-algorithm': {
    invalid: [
      {
        code: "const payload = jwt.verify(token, publicKey, {\n  algorithms: ['RS256', 'none'],\n});\n",
        findings: [{ line: 2, column: 3 }],
      },
    ],
    valid: ["const payload = jwt.verify(token, publicKey, {\n  algorithms: ['RS256'],\n});"],
  },
  'js.timing-unsafe-compare': {
    invalid: [
      {
        code: "function verifyWebhook(req, res, next) {\n  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.rawBody).digest('hex');\n  if (req.get('X-Hub-Signature') !== expected) return res.sendStatus(401);\n  next();\n}\n\nfunction checkKey(apiKey) {\n  return apiKey === process.env.API_KEY;\n}\n",
        findings: [{ line: 3, column: 7 }, { line: 8, column: 10 }],
      },
      {
        code: "app.post('/reset', (req, res) => {\n  const user = users.get(req.body.email);\n  if (user && user.resetToken === req.body.token) {\n    user.password = req.body.password;\n  }\n});\n",
        languageId: 'typescript',
        findings: [{ line: 3, column: 15 }],
      },
    ],
    valid: [
      "const a = crypto.createHash('sha256').update(String(given)).digest();\nconst b = crypto.createHash('sha256').update(String(stored)).digest();\nif (crypto.timingSafeEqual(a, b)) next();",
      'while (token !== null && token.type !== "Punctuator") {\n  token = tokens.next();\n}',
      "window.addEventListener('hashchange', () => {\n  if (location.hash === hash) render();\n});",
    ],
  },
  'js.fs-dynamic-path': {
    invalid: [
      {
        code: "module.exports = function loadTheme(themeDir, name) {\n  const css = fs.readFileSync(themeDir + '/' + name + '.css', 'utf8');\n  return css;\n};\n",
        findings: [{ line: 2, column: 15 }],
      },
    ],
    valid: [
      "const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'schema.json'), 'utf8'));\nfs.mkdirSync(outputDir, { recursive: true });",
    ],
  },
  'js.dynamic-require': {
    invalid: [
      {
        code: "for (const file of fs.readdirSync(commandsDir)) {\n  const command = require(`./commands/${file}`);\n  client.commands.set(command.name, command);\n}\n",
        findings: [{ line: 2, column: 19 }],
      },
    ],
    valid: ["const pkg = require(path.join(__dirname, '..', 'package.json'));\nconst express = require('express');"],
  },
  'js.regexp-dynamic': {
    invalid: [
      {
        code: "function highlight(text, term) {\n  const re = new RegExp('(' + term + ')', 'gi');\n  return text.replace(re, '<mark>$1</mark>');\n}\n",
        findings: [{ line: 2, column: 18 }],
      },
    ],
    valid: [
      "function highlight(text, term) {\n  const re = new RegExp('(' + escapeRegExp(term) + ')', 'gi');\n  return text.replace(re, '<mark>$1</mark>');\n}",
      "const WORD = /\\w+/;\nconst WORDS = new RegExp(WORD.source, 'g');",
    ],
  },
  'js.math-random': {
    invalid: [
      {
        code: 'function shuffle(items) {\n  for (let i = items.length - 1; i > 0; i--) {\n    const j = Math.floor(Math.random() * (i + 1));\n    [items[i], items[j]] = [items[j], items[i]];\n  }\n}\n',
        findings: [{ line: 3, column: 26 }],
      },
    ],
    valid: ['// Math.random() is not used here\nconst id = crypto.randomUUID();'],
  },
  'js.fetch-plain-http': {
    invalid: [
      {
        code: "async function getRates() {\n  const res = await fetch('http://rates.acme-bank.com/v2/latest', {\n    headers: { Authorization: `Bearer ${token}` },\n  });\n  return res.json();\n}\n",
        findings: [{ line: 2, column: 21 }],
      },
    ],
    valid: ["async function getRates() {\n  const res = await fetch(`${API_BASE}/v2/latest`);\n  return res.json();\n}"],
  },
  'js.weak-cipher': {
    invalid: [
      {
        code: "function encrypt(text, key) {\n  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);\n  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');\n}\n",
        findings: [{ line: 2, column: 25 }],
      },
    ],
    valid: ["function encrypt(text, key, iv) {\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');\n}"],
  },
};
