import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONTEXT_LINES, scan, type ScanStats } from '../../src/engine/scanner';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { ruleSetFor } from '../../src/engine/rule-set';
import { DEFAULT_POLICY, type Policy } from '../../src/engine/policy/schema';
import { looksMinified, skipReason } from '../../src/engine/guards';
import { isTestCode } from '../../src/engine/ignore';

const evalLine = 'const r = eval(req.body.code);\n';

describe('scan', () => {
  it('reports 1-based and 0-based positions that agree with the text', () => {
    const text = `// header\n${evalLine}`;
    const [f] = scan(text, { languageId: 'javascript' });
    assert.equal(f.ruleId, 'js.eval-call');
    assert.deepEqual([f.line, f.column, f.range.start.line, f.range.start.column], [2, 11, 1, 10]);
    assert.equal(text.slice(f.range.start.offset, f.range.end.offset).startsWith('eval('), true);
  });

  it('finds code inside template literal substitutions, f-string fields and shell command substitutions', () => {
    const ids = (text: string, languageId: string) => scan(`${text}\n`, { languageId }).map((f) => f.ruleId);
    assert.deepEqual(ids('el.textContent = `<p>${eval(req.query.expr)}</p>`;', 'javascript'), ['js.eval-call']);
    assert.deepEqual(ids('el.textContent = `<p>eval(req.query.expr)</p>`;', 'javascript'), []);
    assert.ok(ids('print(f"{eval(request.args[\'q\'])}")', 'python').includes('py.eval-call'));
    assert.deepEqual(ids('print(f"eval(request.args[q])")', 'python'), []);
    assert.deepEqual(ids('echo "status: $(curl -k https://api.example.com/health)"', 'shellscript'), ['sh.tls-verification-disabled']);
    assert.deepEqual(ids('echo "run curl -k https://api.example.com/health to check"', 'shellscript'), []);
  });

  it('shows a match that takes in the line break before it on its own line', () => {
    // rb.random-seed's pattern starts with "a line start or a non-word character", which a line break is.
    const [finding] = scan('x = 1\nsrand(1234)\n', { languageId: 'ruby' });
    assert.equal(finding.ruleId, 'rb.random-seed');
    assert.deepEqual([finding.line, finding.column, finding.range.start.offset], [2, 1, 6]);
  });

  it('leaves placeholder credentials alone in files that document settings, and reports them elsewhere', () => {
    const text = 'API_TOKEN=<YOUR_TOKEN>\nPOSTGRES_PASSWORD=changeme\n';
    const placeholders = (path?: string) => scan(text, { languageId: 'dotenv', path }).filter((f) => f.ruleId === 'assistant.placeholder-credential').length;
    assert.deepEqual([placeholders('.env.example'), placeholders('deploy/config.sample'), placeholders('docs/setup.template')], [0, 0, 0]);
    assert.deepEqual([placeholders('.env'), placeholders('examples-app/.env'), placeholders(undefined)], [2, 2, 2]);
  });

  it('runs only the rules of the file language', () => {
    assert.equal(scan(evalLine, { languageId: 'go' }).filter((f) => f.ruleId === 'js.eval-call').length, 0);
  });

  it('reports only findings that intersect the scanned range', () => {
    const text = `${evalLine}${'const ok = 1;\n'.repeat(10)}${evalLine}`;
    const second = text.lastIndexOf('const r');
    const findings = scan(text, { languageId: 'javascript', range: { start: second, end: text.length } });
    assert.deepEqual(findings.map((f) => f.line), [12]);
    const firstOnly = scan(text, { languageId: 'javascript', range: { start: 0, end: evalLine.length } });
    assert.deepEqual(firstOnly.map((f) => f.line), [1]);
  });

  it('shows a finding from its first visible character, and drops it when only its indentation is in the range', () => {
    const text = 'x = 1\n    DB_PASSWORD=hunter2!\n';
    const [finding] = scan(text, { languageId: 'dotenv' }).filter((f) => f.ruleId === 'config.hardcoded-password');
    assert.deepEqual([finding.line, finding.column], [2, 5]);
    const indentation = text.indexOf('    DB_');
    assert.deepEqual(scan(text, { languageId: 'dotenv', range: { start: 0, end: indentation + 2 } }).filter((f) => f.ruleId === 'config.hardcoded-password'), []);
  });

  it('classifies a range inside a block comment using the lines before it', () => {
    const text = `/*\n${'note\n'.repeat(10)}${evalLine}*/\n`;
    const start = text.indexOf('const r');
    assert.deepEqual(scan(text, { languageId: 'javascript', range: { start, end: start + evalLine.length } }), []);
  });

  it('honours rule settings, severities and minimum severity from the policy', () => {
    const off: Policy = { ...DEFAULT_POLICY, rules: { 'js.eval-call': 'off' } };
    assert.equal(scan(evalLine, { languageId: 'javascript' }, off).length, 0);
    const info: Policy = { ...DEFAULT_POLICY, rules: { 'js.eval-call': 'info' } };
    assert.equal(scan(evalLine, { languageId: 'javascript' }, info)[0].severity, 'info');
    const onlyErrors: Policy = { ...DEFAULT_POLICY, minSeverity: 'error', rules: { 'js.eval-call': 'warning' } };
    assert.equal(scan(evalLine, { languageId: 'javascript' }, onlyErrors).length, 0);
  });

  it('runs only secret, assistant-artifact and suppression rules on test code, unless the policy says all', () => {
    const key = ['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('');
    const text = `const awsKey = "${key}";\n${evalLine}eval(x); // security-coach-ignore js.eval-call\n`;
    const ruleIds = (target: { testCode?: boolean }, policy: Policy = DEFAULT_POLICY) =>
      [...new Set(scan(text, { languageId: 'javascript', ...target }, policy).map((f) => f.ruleId))].sort();
    assert.deepEqual(ruleIds({}), ['coach.suppression-without-reason', 'js.eval-call', 'secret.aws-access-key']);
    assert.deepEqual(ruleIds({ testCode: true }), ['coach.suppression-without-reason', 'secret.aws-access-key']);
    assert.deepEqual(ruleIds({ testCode: true }, { ...DEFAULT_POLICY, testCode: { ...DEFAULT_POLICY.testCode, rules: 'all' } }), ruleIds({}));
  });

  it('searches test code for the keywords of the rules that run there only', () => {
    const forCode = ruleSetFor(DEFAULT_POLICY).rulesFor(['javascript']);
    const forTests = ruleSetFor(DEFAULT_POLICY).rulesFor(['javascript'], true);
    const family = (id: string) => id.slice(0, id.indexOf('.'));
    assert.deepEqual([...new Set(forTests.rules.map((rule) => family(rule.spec.id)))].sort(), ['assistant', 'coach', 'secret']);
    assert.ok(forCode.rules.some((rule) => rule.spec.id === 'js.eval-call') && forCode.automaton.keywords.includes('eval'));
    assert.ok(!forTests.automaton.keywords.includes('eval'), 'a code rule keyword is searched for in test code');
    assert.deepEqual(new Set(forTests.automaton.keywords), new Set(forTests.rules.flatMap((rule) => rule.keywords ?? [])));
  });

  it('builds one keyword automaton for languages whose rules are the same, and its own for each other set', () => {
    const ruleSet = ruleSetFor(DEFAULT_POLICY);
    const javascript = ruleSet.rulesFor(['javascript']);
    assert.equal(ruleSet.rulesFor(['typescript']), javascript);
    assert.equal(ruleSet.rulesFor(['jsonc']), ruleSet.rulesFor(['json']));
    assert.notEqual(ruleSet.rulesFor(['python']).automaton, javascript.automaton);
    assert.notEqual(ruleSet.rulesFor(['javascript'], true).automaton, javascript.automaton);
    const withoutEval = ruleSetFor({ ...DEFAULT_POLICY, rules: { 'js.eval-call': 'off' } });
    assert.ok(!withoutEval.rulesFor(['typescript']).rules.some((rule) => rule.spec.id === 'js.eval-call'));
  });

  it('names test, fixture and example files by the default testCode paths, not look-alike names', () => {
    const testFiles = ['test/app.js', 'src/__tests__/a.tsx', 'pkg/server_test.go', 'src/test/java/a/FooTest.java', 'tests/test_views.py',
      'conftest.py', 'lib/util.spec.ts', 'Newtonsoft.Json.Tests/Linq/A.cs', 'spec/models/user_spec.rb', 'internal/testdata/k.pem', 'examples/auth/index.js'];
    const codeFiles = ['src/contest/a.js', 'src/latest.js', 'attestation/verify.py', 'pkg/testing.go', 'src/Testimonial.java', 'protest.py', 'src/spectrum.ts'];
    assert.deepEqual(testFiles.filter((file) => !isTestCode(DEFAULT_POLICY, file)), []);
    assert.deepEqual(codeFiles.filter((file) => isTestCode(DEFAULT_POLICY, file)), []);
    assert.equal(isTestCode({ ...DEFAULT_POLICY, testCode: { paths: ['qa/'], rules: 'secrets' } }, 'qa/login.js'), true);
    assert.equal(isTestCode({ ...DEFAULT_POLICY, testCode: { paths: [], rules: 'secrets' } }, 'test/app.js'), false);
  });

  it('runs custom rules from the policy with the linear-time engine', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      customRules: [{
        id: 'team.no-legacy-auth', title: 'Do not call legacyAuth', languages: ['javascript'], severity: 'warning',
        confidence: 'high', patterns: [String.raw`\blegacyAuth\(`], scope: 'code', lesson: 'code-injection', cwe: ['CWE-287'],
        message: 'legacyAuth() skips MFA; use auth.login() instead.', examples: { bad: ['legacyAuth(u)'], good: ['auth.login(u)'] },
      }],
    };
    assert.deepEqual(scan('legacyAuth(user);\n// legacyAuth(x)', { languageId: 'javascript' }, policy).map((f) => `${f.line}:${f.ruleId}`), ['1:team.no-legacy-auth']);
  });

  it("runs a team's secret rules on test code too, whatever their ids, and its other rules not", () => {
    const teamRule = (id: string, secret: boolean) => ({
      id, title: 'No internal keys', languages: ['*'], severity: 'error' as const, confidence: 'high' as const, patterns: [String.raw`\bINTKEY-\d{6}\b`],
      scope: 'any' as const, lesson: 'hardcoded-credentials', cwe: ['CWE-798'], message: 'An internal key is in the file.', examples: { bad: ['INTKEY-123456'], good: ['INTKEY-1'] }, secret,
    });
    const policy: Policy = { ...DEFAULT_POLICY, customRules: [teamRule('team.internal-key', true), teamRule('team.internal-key-style', false)] };
    assert.deepEqual(scan('key = "INTKEY-654321"\n', { languageId: 'python', testCode: true }, policy).map((f) => f.ruleId), ['team.internal-key']);
  });

  it('scans a long line late in a file, which the minified check does not read, with the lines around it', () => {
    const blob = `var data = "${'A'.repeat(6000)}"; eval(req.body.code);`;
    const text = `${'// a line of ordinary code\n'.repeat(8000)}${blob}\n${evalLine}`;
    assert.equal(looksMinified(text), false, 'the long line starts past the head the minified check reads');
    assert.deepEqual(scan(text, { languageId: 'javascript' }).map((f) => [f.ruleId, f.line]), [['js.eval-call', 8001], ['js.eval-call', 8002]]);
  });

  it("tests a rule's unless patterns once per line, however many matches the line holds", () => {
    const line = 'x = Math.random(); '.repeat(250);
    const text = `${line}\n`.repeat(40);
    const stats: ScanStats = { rulesRun: 0, windowChars: 0, unlessChars: 0 };
    const findings = scan(text, { languageId: 'javascript' }, DEFAULT_POLICY, { stats });
    assert.ok(findings.some((f) => f.ruleId === 'js.math-random'));
    assert.ok(stats.unlessChars <= 2 * text.length, `${stats.unlessChars} characters tested for a text of ${text.length}`);
  });

  it('finds an import anywhere above a call, however far, and none below it', () => {
    const filler = 'x = 1\n'.repeat(3000);
    const loads = (text: string) => scan(text, { languageId: 'python' }).filter((f) => f.ruleId === 'py.pickle-load-imported').map((f) => f.line);
    assert.deepEqual(loads(`from pickle import load\n${filler}data = load(fh)\ndata = load(fh)\n`), [3002, 3003]);
    assert.deepEqual(loads(`data = load(fh)\n${filler}from pickle import load\ndata = load(fh)\n`), [3003]);
    const parses = (text: string) => scan(text, { languageId: 'python' }).filter((f) => f.ruleId === 'py.xml-parse-request').length;
    assert.equal(parses(`from defusedxml import ElementTree as ET\n${filler}root = ET.fromstring(request.data)\n`), 0);
    assert.equal(parses(`import xml.etree.ElementTree as ET\n${filler}root = ET.fromstring(request.data)\n`), 1);
  });

  it('never throws and keeps ranges inside the text on odd input', () => {
    for (const text of ['', '\u0000\u0000eval(x)', 'eval(\r\neval(\reval(x)', '\ud800eval(a)\udfff', 'eval(a)'.repeat(1000)]) {
      for (const f of scan(text, { languageId: 'javascript' })) {
        assert.ok(f.range.start.offset >= 0 && f.range.end.offset <= text.length && f.range.start.offset <= f.range.end.offset);
      }
    }
  });
});

describe('range scans of a neighbourhood', () => {
  it('find what a range scan of the whole text finds, suppressions included (the editor hands over neighbourhoods)', () => {
    // Every bad example of the rules that run on JavaScript, a third of them under a suppression, then 3,000-character ranges
    // scanned twice: in the whole text, and in a neighbourhood of 80 lines before and a few after.
    const examples = BUILTIN_RULES.filter((rule) => rule.languages.includes('javascript') || rule.languages.includes('*')).flatMap((rule) => rule.examples.bad.map((bad) => [rule.id, bad]));
    let text = '';
    for (let n = 0; text.length < 60_000; n++) {
      const [id, bad] = examples[n % examples.length];
      text += `// step ${n}\nvalue${n} = compute(${n})\n${n % 3 === 0 ? `// security-coach-ignore ${id} -- test fixture\n` : ''}${bad}\n`;
    }
    const linesAround = (at: number, count: number, step: 1 | -1) => {
      let offset = at;
      for (let i = 0; i <= count && offset > 0 && offset < text.length; i++) offset = step < 0 ? text.lastIndexOf('\n', offset - 1) : text.indexOf('\n', offset + 1);
      return step < 0 ? Math.max(0, offset + 1) : offset < 0 ? text.length : offset;
    };
    const key = (shift: number) => (f: { ruleId: string; range: { start: { offset: number } } }) => `${f.ruleId}@${f.range.start.offset + shift}`;
    let compared = 0;
    for (let start = 0; start < text.length;) {
      const end = Math.min(text.length, linesAround(start + 3000, 0, 1) + 1);
      const from = linesAround(start, 80, -1);
      const to = linesAround(end, CONTEXT_LINES + 2, 1);
      const whole = scan(text, { languageId: 'javascript', range: { start, end: end - 1 } }).map(key(0));
      const neighbourhood = scan(text.slice(from, to), { languageId: 'javascript', range: { start: start - from, end: end - 1 - from } }).map(key(from));
      assert.deepEqual(neighbourhood, whole, `the range ${start}-${end}`);
      compared += whole.length;
      start = end;
    }
    assert.ok(compared > 200, `${compared} findings compared`);
  });
});

describe('skipReason', () => {
  const options = { maxBytes: 1000, wholeFile: true };
  it('skips binary, too large, minified and generated files with a reason', () => {
    assert.equal(skipReason('ab\u0000cd', options)?.code, 'binary');
    assert.equal(skipReason('x'.repeat(1001), options)?.code, 'too-large');
    assert.equal(skipReason(`${'a;'.repeat(3000)}`, { maxBytes: 100_000, wholeFile: true })?.code, 'minified');
    assert.equal(skipReason('{}', { ...options, path: 'web/package-lock.json' })?.code, 'generated');
    assert.equal(skipReason('', { ...options, path: 'logo.png' })?.code, 'binary');
    assert.equal(skipReason('{}', { ...options, path: 'services/api/.security-coach.json' })?.code, 'policy');
    assert.equal(skipReason('{}', { ...options, path: 'services/api/my.security-coach.json' }), undefined);
  });
  it('calls a text minified exactly when a line starting in its first 200,000 characters is over 5,000 long', () => {
    const byLines = (text: string) => {
      let start = 0;
      for (const line of text.split('\n')) {
        if (start >= 200_000) return false;
        if (line.length > 5000) return true;
        start += line.length + 1;
      }
      return false;
    };
    for (const text of ['x'.repeat(5000), `\n${'x'.repeat(5000)}\nx`, `${'x'.repeat(5000)}\n`]) assert.equal(looksMinified(text), false);
    for (const text of ['x'.repeat(5001), `\n${'x'.repeat(5001)}\nx`]) assert.equal(looksMinified(text), true);
    assert.equal(looksMinified(`${'x\n'.repeat(99_999)}${'x'.repeat(6000)}`), true, 'a long line starting at 199,998');
    assert.equal(looksMinified(`${'x\n'.repeat(100_000)}${'x'.repeat(6000)}`), false, 'a long line starting at 200,000');
    const line = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(0, 4999, 5000, 5001), fc.constant(60_000));
    fc.assert(fc.property(fc.array(line, { maxLength: 80 }), fc.boolean(), (lengths, trailingBreak) => {
      const text = lengths.map((n) => 'x'.repeat(n)).join('\n') + (trailingBreak ? '\n' : '');
      assert.equal(looksMinified(text), byLines(text));
    }), { numRuns: 300 });
  });
  it('scans ordinary files, and inserted blocks whatever the file size', () => {
    assert.equal(skipReason('const a = 1;\n'.repeat(50), options), undefined);
    assert.equal(skipReason('x'.repeat(5000), { maxBytes: 1000, wholeFile: false }), undefined);
  });
});
