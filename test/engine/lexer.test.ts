import assert from 'node:assert/strict';
import { languageForPath } from '../../src/engine/languages';
import { lex, type SpanKind } from '../../src/engine/lexer';

const kindOf = (text: string, languageId: string, needle: string) => lex(text, languageId).kindAt(text.indexOf(needle));

/** Asserts the kind at the first occurrence of each needle. */
function assertKinds(text: string, languageId: string, expected: Record<string, SpanKind>): void {
  const actual = Object.fromEntries(Object.keys(expected).map((needle) => [needle, kindOf(text, languageId, needle)]));
  assert.deepEqual(actual, expected);
}

describe('lexer', () => {
  it('marks JavaScript comments, strings and template literals', () => {
    const text = 'const a = "eval(x)"; // eval(y)\n/* eval(z) */ eval(w); `eval(t)`';
    assert.equal(kindOf(text, 'javascript', 'eval(x)'), 'string');
    assert.equal(kindOf(text, 'javascript', 'eval(y)'), 'comment');
    assert.equal(kindOf(text, 'javascript', 'eval(z)'), 'comment');
    assert.equal(kindOf(text, 'javascript', 'eval(w)'), 'code');
    assert.equal(kindOf(text, 'javascript', 'eval(t)'), 'string');
  });

  it("treats a template literal's substitutions as code and the rest as string", () => {
    assertKinds('const s = `eval(a) ${eval(b)} and ${fn({ k: "}" }, \'eval(c)\')} eval(d)`; /* x */', 'javascript', {
      'eval(a)': 'string', 'eval(b)': 'code', 'fn({': 'code', '"}"': 'string', 'eval(c)': 'string', 'eval(d)': 'string', 'x */': 'comment',
    });
    // An escaped opener is text, and a substitution left open stays string.
    assertKinds('const t = `\\${eval(e)} ${eval(f)`;', 'javascript', { 'eval(e)': 'string', 'eval(f)': 'string' });
  });

  it('follows templates nested in substitutions: the outer template goes on after the inner one closes', () => {
    const text = 'const html = `<ul>${items.map((i) => `<li>eval(a) ${eval(b)}</li>`).join(eval(c))} eval(d)</ul>`; eval(e); `eval(f)`';
    assertKinds(text, 'javascript', {
      'items.map': 'code', 'eval(a)': 'string', 'eval(b)': 'code', 'join(': 'code', 'eval(c)': 'code', 'eval(d)': 'string', 'eval(e)': 'code', 'eval(f)': 'string',
    });
    // Braces, quotes, comments and regular expressions in a substitution do not end it.
    assertKinds('`${fn({ a: "}`" /* } */ }, \'`\')} eval(g)`; eval(h)', 'javascript', { 'fn({': 'code', '"}`"': 'string', '} */': 'comment', 'eval(g)': 'string', 'eval(h)': 'code' });
    assertKinds("`${s.replace(/'`}/g, '')} eval(i)`; eval(j)", 'javascript', { 's.replace': 'code', 'eval(i)': 'string', 'eval(j)': 'code' });
    // A template left open runs to the end of the text, its substitutions code.
    assertKinds('`x ${eval(k)} eval(l)', 'javascript', { 'eval(k)': 'code', 'eval(l)': 'string' });
  });

  it("treats a Python f-string's replacement fields as code, and doubled braces as text", () => {
    assertKinds('a = f"os.system(a) {os.system(b)} {{os.system(c)}} {d:>{width}} os.system(e)"\nb = "{os.system(g)}"\n', 'python', {
      'os.system(a)': 'string', 'os.system(b)': 'code', 'os.system(c)': 'string', width: 'code', 'os.system(e)': 'string', 'os.system(g)': 'string',
    });
    assertKinds("c = rf'{eval(h)}'", 'python', { 'eval(h)': 'code' });
  });

  it("follows a Python 3.12 f-string whose fields hold strings in the f-string's own quote", () => {
    assertKinds('a = f"{row["name"]} eval(a) {d[\'k\']}" ; eval(b)\nb = f\'{x[\'y\']}\' + "eval(c)"', 'python', {
      'row[': 'code', '"name"': 'string', 'eval(a)': 'string', "'k'": 'string', 'eval(b)': 'code', "'y'": 'string', 'eval(c)': 'string',
    });
    // One that does not close on its line ends there, as any string does, and later ones are lexed by their tokens.
    assertKinds('a = f"{x["k"]\neval(d)\nb = f"{y} eval(e)"', 'python', { 'eval(d)': 'code', 'eval(e)': 'string' });
  });

  it("treats Ruby's #{...}, C#'s $\"{...}\" and the shell's \"$(...)\" as code inside their strings", () => {
    assertKinds('puts "eval(a) #{eval(b)}" + \'#{eval(c)}\'', 'ruby', { 'eval(a)': 'string', 'eval(b)': 'code', 'eval(c)': 'string' });
    assertKinds('var a = $"Start(a) {Start(b)} {{Start(c)}}"; var d = "{Start(d)}";', 'csharp', {
      'Start(a)': 'string', 'Start(b)': 'code', 'Start(c)': 'string', 'Start(d)': 'string',
    });
    assertKinds('echo "curl a $(curl b | (cat)) ${HOME} curl c" \'$(curl d)\'', 'shellscript', {
      'curl a': 'string', '(curl b': 'code', 'curl b': 'code', 'curl c': 'string', 'curl d': 'string',
    });
  });

  it('treats a string that a shell runs as code: sh -c, bash -lc, the exec form, Kubernetes args', () => {
    for (const line of ['sh -c "curl a"', "bash -lc 'curl a'", 'RUN ["/bin/sh", "-c", "curl a"]', '  args: ["-c", "curl a"]', 'docker run img /bin/bash -euc "curl a"']) {
      assert.equal(kindOf(line, 'shellscript', 'curl a'), 'code', line);
    }
    for (const line of ['echo "curl a"', 'ssh -c aes256-ctr host "curl a"', 'git commit -m "sh -c curl a"', 'fish -c "curl a"']) {
      assert.equal(kindOf(line, 'shellscript', 'curl a'), 'string', line);
    }
    const nested = `sh -c 'echo "curl b" && curl a'`;
    assert.equal(kindOf(nested, 'shellscript', 'curl b'), 'string');
    assert.equal(kindOf(nested, 'shellscript', 'curl a'), 'code');
  });

  it('marks Python comments and triple-quoted strings', () => {
    const text = 'x = 1  # os.system(a)\n"""\nos.system(b)\n"""\nos.system(c)\n';
    assert.equal(kindOf(text, 'python', 'os.system(a)'), 'comment');
    assert.equal(kindOf(text, 'python', 'os.system(b)'), 'string');
    assert.equal(kindOf(text, 'python', 'os.system(c)'), 'code');
  });

  it("counts a Python string's prefix as part of the string, not a name ending in one", () => {
    const text = 'q = f"(uid={name})"\np = rb\'raw\'\nelif"x" == kind: pass\n';
    assert.equal(kindOf(text, 'python', 'f"(uid'), 'string');
    assert.equal(kindOf(text, 'python', "rb'raw"), 'string');
    assert.equal(kindOf(text, 'python', 'elif'), 'code');
    assert.equal(kindOf(text, 'python', '"x"'), 'string');
  });

  it('marks XML comments, and nothing else, in markup', () => {
    const text = '<!-- <password>old</password> -->\n<p>"quoted <password>new</password></p>';
    assert.equal(kindOf(text, 'xml', '<password>old'), 'comment');
    assert.equal(kindOf(text, 'xml', '<password>new'), 'code');
  });

  it('treats a shell # inside a word or parameter expansion as code', () => {
    const text = 'echo ${#arr[@]} a#b # curl x | sh\ncurl y | sh';
    assert.equal(kindOf(text, 'shellscript', '#arr'), 'code');
    assert.equal(kindOf(text, 'shellscript', '#b'), 'code');
    assert.equal(kindOf(text, 'shellscript', 'curl x'), 'comment');
    assert.equal(kindOf(text, 'shellscript', 'curl y'), 'code');
  });

  it('keeps a Rust lifetime as code but a char literal as a string', () => {
    const text = "fn f<'a>(x: &'a str) -> char { 'q' } unsafe { }";
    assert.equal(kindOf(text, 'rust', "'a>"), 'code');
    assert.equal(kindOf(text, 'rust', "'q'"), 'string');
    assert.equal(kindOf(text, 'rust', 'unsafe'), 'code');
  });

  it('ends an unterminated string at the line end and an unterminated block comment at the text end', () => {
    const text = 'x = "open\neval(a)\n/* never closed\neval(b)';
    assert.equal(kindOf(text, 'javascript', 'eval(a)'), 'code');
    assert.equal(kindOf(text, 'javascript', 'eval(b)'), 'comment');
  });

  it('ends an unterminated triple quote at its line, so a snippet cut inside a docstring keeps its code', () => {
    const text = '    end of a docstring\n    """\n    os.system(cmd)\n';
    assert.equal(kindOf(text, 'python', 'os.system'), 'code');
  });

  it('sees that a snippet starts inside a docstring when its first triple quote closes one', () => {
    const prose = '    >>> probplot(x)  # os.system(a)\n\n    """\n    f = eval(name)\n    def g():\n        """Doc."""\n';
    assert.equal(kindOf(prose, 'python', 'os.system(a)'), 'string');
    assert.equal(kindOf(prose, 'python', 'eval(name)'), 'code');
    const afterText = '        ``User`` and a random salt, then\n        the end."""\n        key = sha1(x)\n';
    assert.equal(kindOf(afterText, 'python', 'random salt'), 'string');
    assert.equal(kindOf(afterText, 'python', 'sha1'), 'code');
    // Prose that quotes a call, and a section heading, are prose (they read as code before).
    const quotesCall = "        NB: mailbox is locked by server from here to 'quit()'\n        \"\"\"\n        digest = hashlib.md5(secret).hexdigest()\n    def top(self):\n        \"\"\"Doc.\n";
    assert.equal(kindOf(quotesCall, 'python', 'hashlib.md5'), 'code');
    const heading = '  Returns:\n    shorter, hashed version of passed file name\n  """\n  m = hashlib.sha1(name)\n\ndef f():\n  """Looks up.\n';
    assert.equal(kindOf(heading, 'python', 'hashlib.sha1'), 'code');
    const namesCall = '    Unlike pickle.loads(), msgpack cannot construct arbitrary objects.\n    """\n    data = msgpack.unpackb(raw)\n';
    assert.equal(kindOf(namesCall, 'python', 'pickle.loads'), 'string');
    assert.equal(kindOf(namesCall, 'python', 'msgpack.unpackb'), 'code');
  });

  it('keeps code before a triple quote that opens a docstring or an assigned string', () => {
    for (const opener of ['def f():\n    """', 'x = r"""', 'call(\n    """', '# header\n"""']) {
      const text = `y = eval(a)\n${opener}\n    text eval(b)\n`;
      assert.equal(kindOf(text, 'python', 'eval(a)'), 'code', opener);
    }
  });

  it('knows a JavaScript regex literal, whose /*, quotes and backticks open nothing, from a slash that divides', () => {
    assertKinds('p = p.replace(/\\/*$/, "");\neval(a);', 'javascript', { '\\/*': 'string', 'eval(a)': 'code' });
    assertKinds("s = s.replace(/`/g, '&#96;');\neval(b);", 'javascript', { '`/g': 'string', 'eval(b)': 'code' });
    assertKinds('if (/^\'[a-z]+$/.test(s)) eval(c);', 'javascript', { 'eval(c)': 'code' });
    assertKinds('const ok = (s) => /"/.test(s); eval(d);', 'javascript', { 'eval(d)': 'code' });
    assertKinds('if (a) x = 1; else /\\/*$/.test(p);\neval(g);', 'javascript', { 'eval(g)': 'code' });
    // Division: `a / b / c` is no regex, and a comment after a division is still a comment.
    assertKinds('x = a / b / c; eval(e); y = (n) / 2 // eval(f)', 'javascript', { 'eval(e)': 'code', 'eval(f)': 'comment' });
    // JSX closing tags are no regex literals: </b> ... </i> hides nothing.
    assertKinds('return <p><b>x</b> <i>{eval(g)}</i></p>;', 'javascriptreact', { 'eval(g)': 'code' });
  });

  it("reads a quote right after a letter in JSX or Vue text as text, not a string's start", () => {
    assertKinds("const A = () => <p>It's <b dangerouslySetInnerHTML={{ __html: bio }} /></p>;", 'javascriptreact', { dangerouslySetInnerHTML: 'code' });
    assertKinds('<template><p>Don\'t</p><div v-html="userHtml"></div></template>', 'vue', { 'v-html': 'code' });
    assertKinds("const s = 'it' + 'eval(h)';", 'javascript', { 'eval(h)': 'string' });
    // After a keyword, as minified code writes it, a quote does start a string.
    assertKinds('function f(a){switch(a){case"eval(i)":return"eval(j)"}}', 'javascript', { 'eval(i)': 'string', 'eval(j)': 'string' });
  });

  it("passes over a component's HTML comments, and Ruby's =begin blocks, as comments", () => {
    assertKinds('<template>\n<!-- <div v-html="userHtml"></div> -->\n<div v-html="x"></div>', 'vue', { 'v-html="userHtml"': 'comment', 'v-html="x"': 'code' });
    assertKinds('=begin\neval(params[:code])\n=end\neval(x)', 'ruby', { 'eval(params': 'comment', 'eval(x)': 'code' });
  });

  it('ends a Go raw string at its backtick, a backslash before it included', () => {
    assertKinds('p := strings.Split(s, `\\`)\nexec.Command("sh", "-c", in)', 'go', { 'exec.Command': 'code' });
  });

  it("lexes C#'s interpolated raw and verbatim strings", () => {
    const text = 'var j = $"""\n    {"id": {{id}}}\n    """;\nProcess.Start(a);\nvar q = """\n    SELECT 1\n    """;\nvar p = $@"C:\\{dir}\\x"; Process.Start(b);';
    assertKinds(text, 'csharp', { 'Process.Start(a)': 'code', 'SELECT 1': 'string', 'Process.Start(b)': 'code', 'C:\\': 'string' });
  });

  it('lets shell, PHP and Rust strings run over lines, and ends one left open at its line', () => {
    assertKinds('bash -c "\n  make\n" && curl -fsSL https://x.io/i.sh | bash', 'shellscript', { curl: 'code' });
    assertKinds("echo 'a\nb'; curl x | sh", 'shellscript', { "b'": 'string', curl: 'code' });
    assertKinds("tr '\\' '/' < f; curl x | sh", 'shellscript', { curl: 'code' });
    assertKinds('$sql = "SELECT *\n  FROM users WHERE id = " . $_GET["id"];', 'php', { 'FROM users': 'string', $_GET: 'code' });
    assertKinds('let s = "a\nb";\nCommand::new(x);', 'rust', { 'b";': 'string', 'Command::new': 'code' });
    assertKinds('let s = "never closed\nCommand::new(y);', 'rust', { 'Command::new': 'code' });
    assertKinds("$m = 'never closed\nsystem($c);", 'php', { 'system(': 'code' });
    assertKinds('$sql = $db->query(\n  "SELECT *\n  FROM t");\nsystem($c);', 'php', { 'FROM t': 'string', 'system(': 'code' });
  });

  it("does not let a snippet cut inside a string open one at the cut string's closing quote", () => {
    // The closing quote follows text, not an operator: it ends at its line, and the code below stays code.
    assertKinds('    <PATH2>    The other path";\n\nfn main() {\n    Command::new(x);\n    println!("a");\n}', 'rust', { 'Command::new': 'code' });
    assertKinds("            );');\n            system($c);\n            $p = password_hash('1'.'admin', PASSWORD_DEFAULT);", 'php', { 'system(': 'code' });
    assertKinds('  see the manual for more"\ncurl -fsSL https://x.io/i.sh | sh\necho "done"', 'shellscript', { curl: 'code' });
    // A quote after `=` on a cut line that also holds the other kind of quote: the cut string's end, not a new string.
    assertKinds("WHERE name = '\" . $n;\nshell_exec('ls ' . $_GET['dir']);", 'php', { shell_exec: 'code' });
  });

  it("passes over PHP's inline HTML: an apostrophe in its text opens no string", () => {
    assertKinds("<?php if ($a): ?>\n<p>Don't</p>\n<?php endif; system($_GET['c']); ?>", 'php', { 'system(': 'code' });
  });

  it("lexes heredocs: a shell's body is code whose quotes open nothing, PHP's is a string", () => {
    assertKinds("cat <<EOF\nDon't do this\nEOF\ncurl x | sh\necho 'y'", 'shellscript', { "Don't": 'code', curl: 'code', "'y'": 'string' });
    assertKinds("cat <<-'EOF'\n\tit's\n\tEOF\ncurl x | sh", 'shellscript', { curl: 'code' });
    // A shift is no heredoc: no line ends it.
    assertKinds('echo $((1 << n)) "a" # b', 'shellscript', { '"a"': 'string', '# b': 'comment' });
    assertKinds("$q = <<<SQL\nSELECT * FROM t WHERE name = 'x\nSQL;\nsystem($c);", 'php', { SELECT: 'string', 'system(': 'code' });
  });

  it('nests Rust block comments and runs C++ raw strings to their end', () => {
    assertKinds('/* a /* b */\nlet x = transmute(y);\n*/ transmute(z);', 'rust', { 'transmute(y)': 'comment', 'transmute(z)': 'code' });
    assertKinds('auto s = R"(\n  "a"\n)"; system(cmd);', 'cpp', { '"a"': 'string', 'system(': 'code' });
    assertKinds('auto s = R"(never closed\nsystem(cmd);', 'cpp', { 'system(': 'code' });
  });

  it('treats unknown languages as all code', () => {
    assert.equal(kindOf('# eval(x)', 'plaintext', 'eval'), 'code');
  });
});

describe('languageForPath', () => {
  it('maps names and extensions, and never returns a member of Object for a hostile file name', () => {
    assert.deepEqual(['app.py', 'types.pyi', 'Dockerfile', '.env.local', 'x/.github/workflows/ci.yml', 'Web.config', 'notes', 'GNUmakefile', 'rules.mk'].map(languageForPath),
      ['python', 'python', 'dockerfile', 'dotenv', 'github-actions-workflow', 'xml', 'plaintext', 'makefile', 'makefile']);
    assert.deepEqual(['constructor', '__proto__', 'a.constructor', 'toString', 'b.__proto__'].map(languageForPath), Array(5).fill('plaintext'));
  });

  it('lexes a text under a language id that is a member of Object as all code', () => {
    assert.equal(lex('"a" // b', 'constructor').kindAt(1), 'code');
  });
});
