// Realistic multi-line cases for the Python rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const PYTHON_CASES: Record<string, RuleCases> = {
  'py.subprocess-shell-true': {
    invalid: [
      {
        code: 'def fetch(path, options):\n    rc = check_output(\n        "curl --cacert %s -sL https://%s/v2/keys/%s"\n        % (CA, HOST, path),\n        shell=True)\n    return json.loads(rc)\n',
        findings: [{ line: 2, column: 10 }],
      },
      {
        code: 'p = subprocess.Popen(cmd.format(**locals()), shell=True,\n                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n',
        findings: [{ line: 1, column: 16 }],
      },
    ],
    valid: [
      'subprocess.run(["git", "status"], check=True)\nsubprocess.run("git status --short", shell=True, check=True)\n',
      'proc = subprocess.Popen(\n    ["ls", "-l"],\n    stdout=subprocess.PIPE,\n)\n',
      'def run(cmd, shell=True):\n    """Run cmd."""\n',
    ],
  },
  'py.os-system': {
    invalid: [
      {
        code: 'for row in rows:\n    os.system(\'rm *-\' + row_end + \'.jpg\');\n',
        findings: [{ line: 2, column: 5 }],
      },
      {
        code: 'with tarfile.open(archive) as tar:\n    tar.extractall(temp_dir)\nos.system(\n    \'sh -c "cd {path} && ./configure"\'.format(path=source_dir)\n)\n',
        findings: [{ line: 3, column: 1 }],
      },
    ],
    valid: ['import os\n\nos.system("clear")\nsystem_name = platform.system()\n', 'class Machine:\n    def system(self, cmd):\n        return self.ssh.run(cmd)\n'],
  },
  'py.os-popen': {
    invalid: [{ code: 'def parents(cset):\n    out = os.popen(\'hg log -r %d --template "{parents}"\' % cset).read()\n    return out.split()\n', findings: [{ line: 2, column: 11 }] }],
    valid: ['load = os.popen("uptime").read()\n', 'with subprocess.Popen(["hg", "log"], stdout=PIPE) as p:\n    out = p.stdout.read()\n'],
  },
  'py.eval-call': {
    invalid: [
      { code: 'def parse(options):\n    part_size = int(eval(options.part_size))\n    return part_size\n', findings: [{ line: 2, column: 21 }] },
      { code: 'for name in names:\n    handler = eval("handlers.%s" % name)\n    handler()\n', findings: [{ line: 2, column: 15 }] },
    ],
    valid: [
      'model.train()\nmodel.eval()\nwith torch.no_grad():\n    out = model(x)\n',
      'value = ast.literal_eval(text)\nresult = df.eval("a + b")\n',
      'class Calculator:\n    def eval(self, node):\n        return node.value\n',
    ],
  },
  'py.exec-call': {
    invalid: [
      { code: 'def load_plugin(path):\n    with open(path) as fp:\n        exec(fp.read(), namespace)\n', findings: [{ line: 3, column: 9 }] },
      { code: 'for i in range(n):\n    exec("system.dma_cntrl%d = dma_cntrl" % i)\n', findings: [{ line: 2, column: 5 }] },
    ],
    valid: ['app = QApplication(sys.argv)\nsys.exit(app.exec_())\n', 'exec("from os import path")\n', 'cursor.exec(query)\n'],
  },
  'py.sql-string-format': {
    invalid: [
      {
        code: 'def find(name):\n    cur.execute("SELECT firstname, lastname FROM playerinfo WHERE username = \'%s\'" % (name,))\n    return cur.fetchall()\n',
        findings: [{ line: 2, column: 8 }],
      },
      {
        code: 'self.db_cursor.execute(\n    \'INSERT OR REPLACE INTO progress (book_id, part) VALUES (%s, %d)\' %\\\n    (book.book_id, book.part))\n',
        findings: [{ line: 1, column: 15 }],
      },
      {
        code: 'records = cu.execute(\'\'\'select * from %s %s\'\'\' % (table, condition))\nfor r in records:\n    print(r)\n',
        findings: [{ line: 1, column: 13 }],
      },
    ],
    valid: [
      'cur.execute(\n    "SELECT firstname FROM playerinfo WHERE username = %s AND password = %s",\n    (user, pw),\n)\n',
      'cursor.execute("SELECT COUNT(*) FROM t")\nrow = cursor.fetchone()\n',
      'executor.execute(job % 2)\n',
    ],
  },
  'py.sql-query-built': {
    invalid: [
      {
        code: 'def delete(table, condition):\n    sql = "DELETE FROM %s WHERE %s" % (table, condition)\n    cursor.execute(sql)\n',
        findings: [{ line: 2, column: 11 }],
      },
      // The table as a placeholder or a quoted name still makes an UPDATE statement.
      { code: 'q = "UPDATE %s SET name = \'%s\' WHERE id = %s" % (table, name, uid)\n', findings: [{ line: 1, column: 5 }] },
      { code: 'q = \'UPDATE "users" SET name = %s\' % name\n', findings: [{ line: 1, column: 5 }] },
    ],
    valid: ['sql = "DELETE FROM t WHERE id = ?"\ncursor.execute(sql, (i,))\n', 'msg = "Update available: %s" % version\n', 'msg = f"UPDATE complete: {count} rows"\n'],
  },
  'py.pickle-load': {
    invalid: [
      { code: 'def load_state(path):\n    with open(path, "rb") as fobj:\n        state = pickle.load(fobj)\n    return state\n', findings: [{ line: 3, column: 17 }] },
      { code: 'data = sock.recv(4096)\nobj = pickle.loads(zlib.decompress(data))\n', findings: [{ line: 2, column: 7 }] },
    ],
    valid: ['def test_roundtrip():\n    b = Thing()\n    assert pickle.loads(pickle.dumps(b)) == b\n', 'with open(path, "wb") as f:\n    pickle.dump(obj, f)\n'],
  },
  'py.yaml-unsafe-load': {
    invalid: [{ code: 'with open(path) as config_stream:\n    config = yaml.load(config_stream)\n', findings: [{ line: 2, column: 14 }] }],
    valid: ['with open(path) as f:\n    config = yaml.safe_load(f)\n    more = yaml.load(f, Loader=yaml.SafeLoader)\n'],
  },
  'py.weak-hash': {
    invalid: [
      { code: 'def file_hash(path):\n    md = hashlib.md5()\n    with open(path, "rb") as f:\n        md.update(f.read())\n    return md.hexdigest()\n', findings: [{ line: 2, column: 10 }] },
      { code: 'salt = hashlib.sha1(str(random.random()).encode()).hexdigest()[:5]\n', findings: [{ line: 1, column: 8 }] },
    ],
    valid: ['etag = hashlib.md5(body, usedforsecurity=False).hexdigest()\n', 'sig = hmac.new(key, msg, hashlib.sha1).hexdigest()\n', '"""Use hashlib.md5() only for checksums."""\n'],
  },
  'py.insecure-random': {
    invalid: [
      {
        code: 'def make_user(cls):\n    return cls(username="user" + str(randint(0, 1000)),\n               password="pass" + str(randint(0, 1000)))\n',
        findings: [{ line: 3, column: 16 }],
      },
    ],
    valid: ['def jitter():\n    return random.uniform(0.5, 1.5)\n', 'token = secrets.token_hex(16)\n'],
  },
  'py.random-string': {
    invalid: [{ code: 'def random_name(length=8):\n    return "".join(random.sample(string.letters + string.digits, length))\n', findings: [{ line: 2, column: 20 }] }],
    valid: ['def random_name(length=8):\n    return "".join(secrets.choice(string.ascii_letters) for _ in range(length))\n'],
  },
  'py.requests-verify-false': {
    invalid: [
      {
        code: 'resp = requests.post(\n    url,\n    json=payload,\n    headers=headers,\n    verify=False,\n)\n',
        findings: [{ line: 1, column: 17 }],
      },
    ],
    valid: ['resp = requests.post(url, json=payload, verify=CA_BUNDLE)\n', 'result = check(expr, verify=False)\n'],
  },
  'py.template-from-input': {
    invalid: [
      {
        code: '@app.route("/hello")\ndef hello():\n    name = request.args.get("name", "")\n    return render_template_string("<h1>Hello " + name + "</h1>")\n',
        findings: [{ line: 4, column: 12 }],
      },
    ],
    valid: ['@app.route("/hello")\ndef hello():\n    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))\n'],
  },
  'py.path-from-request': {
    invalid: [
      {
        code: '@app.route("/download")\ndef download():\n    return send_file(os.path.join(FILES, request.args["name"]))\n',
        findings: [{ line: 3, column: 12 }],
      },
    ],
    valid: ['@app.route("/download")\ndef download():\n    return send_from_directory(FILES, request.args["name"])\n'],
  },
  'py.hardcoded-password': {
    invalid: [
      { code: 'class Config:\n    DB_USER = "app"\n    DB_PASSWORD = "orator"\n', findings: [{ line: 3, column: 7 }] },
      { code: 'def test_login(api_client):\n    password = "password"\n    user = user_factory(password=password)\n', findings: [{ line: 2, column: 5 }] },
      { code: "args.os_auth_url = 'authurl'\nargs.os_username = 'username'\nargs.os_password = 'password'\n", findings: [{ line: 3, column: 8 }] },
    ],
    valid: [
      'class Config:\n    DB_PASSWORD = os.environ.get("DB_PASSWORD")\n    PASSWORD_FIELD = "password"\n',
      'CONF_PASSWORD = "password"\nCONF_USERNAME = "username"\n',
      'FIELD_NAMES = {"password": "password", "email": "email"}\n',
    ],
  },
  'py.random-value': {
    invalid: [
      {
        code: 'def _get_random_ip():\n    rand_int = int(15 * random.random()) + 10\n    return "10.0.2.{0}".format(rand_int)\n',
        findings: [{ line: 2, column: 5 }],
      },
      {
        code: 'class Provider:\n    def __init__(self):\n        # Try zones round-robin, starting from a random offset\n        self.subnet_idx = random.randint(0, 100)\n',
        findings: [{ line: 4, column: 9 }],
      },
    ],
    valid: [
      'for attempt in range(retries):\n    delay = backoff * 2 ** attempt + random.uniform(0, 1)\n    time.sleep(delay)\n',
      'indices = list(range(n))\nrandom.shuffle(indices)\nrandom.seed(SEED)\n',
      'token = secrets.token_hex(16)\nrng = random.SystemRandom()\n',
    ],
  },
  'py.random-seed': {
    invalid: [
      {
        code: 'def test_fixed_size_set_generator(self, generators):\n    args, random, _ = generators\n    random.seed(SEED)\n    args.setdefault("variable_size", False)\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ['def shuffle_workers(workers):\n    rng = random.Random(SEED)\n    rng.shuffle(workers)\n    random.seed()\n    return workers\n'],
  },
  'py.traceback-in-response': {
    invalid: [
      {
        code: '@app.route("/api/report")\ndef report():\n    try:\n        return jsonify(build_report())\n    except Exception as e:\n        return jsonify({"error": str(e), "trace": traceback.format_exc()}), 500\n',
        findings: [{ line: 6, column: 16 }],
      },
    ],
    valid: ['@app.route("/api/report")\ndef report():\n    try:\n        return jsonify(build_report())\n    except Exception:\n        app.logger.error(traceback.format_exc())\n        return jsonify({"error": "internal error"}), 500\n'],
  },
  'py.zip-slip': {
    invalid: [
      {
        code: 'def unpack(upload, dest):\n    with zipfile.ZipFile(upload) as z:\n        for name in z.namelist():\n            data = z.read(name)\n            with open(os.path.join(dest, name), "wb") as out:\n                out.write(data)\n',
        findings: [{ line: 5, column: 23 }],
      },
    ],
    valid: [
      'def unpack(upload, dest):\n    with zipfile.ZipFile(upload) as z:\n        for name in z.namelist():\n            target = os.path.realpath(os.path.join(dest, name))\n            if not target.startswith(os.path.realpath(dest) + os.sep):\n                raise ValueError(name)\n',
    ],
  },
  'py.session-cookie-without-flags': {
    invalid: [
      {
        code: 'resp = make_response(redirect("/"))\nresp.set_cookie(\n    "session_token",\n    token,\n    max_age=86400,\n)\nreturn resp\n',
        findings: [{ line: 2, column: 6 }],
      },
    ],
    valid: ['resp = make_response(redirect("/"))\nresp.set_cookie(\n    "session_token",\n    token,\n    max_age=86400,\n    secure=True,\n    httponly=True,\n)\nreturn resp\n'],
  },
};
