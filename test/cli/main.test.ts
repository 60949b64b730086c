import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { main, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from '../../src/cli/main';
import { LANGUAGE_LABELS } from '../../src/cli/catalogue';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { tempDir } from '../temp-dirs';

const PROJECT = path.join(__dirname, '../fixtures/cli/project');

function run(args: string[], cwd = PROJECT) {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const code = main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), writeFile: (f, t) => files.set(f, t) });
  return { code, stdout, stderr, files };
}

const TEAM_LESSON_BODY = '## What it is\nLegacy \u001b[31mlogins skip MFA.\n\n```javascript bad\nlegacyAuth(user);\n```\n\n## Why it hurts\nNo second factor.\n\n' +
  '## How to fix\nCall the login service.\n\n```javascript good\nauth.login(user);\n```\n\n## References\n- The login service\'s README\n';

function tempProject(files: Record<string, string>): string {
  const dir = tempDir('cli-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('cli scan', () => {
  it('reports findings grouped by file and exits 1', () => {
    const { code, stdout } = run(['scan', '.']);
    assert.equal(code, EXIT_FINDINGS);
    assert.match(stdout, /^src\/app\.js\n {2}1:22 +warning +Avoid eval\(\) on dynamic input {2}js\.eval-call$/m);
    assert.match(stdout, /lesson: Code injection/);
  });

  it('honours .gitignore and the policy ignore globs', () => {
    const { stdout } = run(['scan', '.', '--format', 'json']);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.findings.map((f: { file: string }) => f.file), ['src/app.js']);
    assert.deepEqual(report.skipped, [], 'files passed over inside a folder are not listed');
  });

  it('says why a file named for the scan that the policy ignores is not reported', () => {
    const { code, stdout } = run(['scan', 'generated/out.js']);
    assert.equal(code, EXIT_CLEAN);
    assert.match(stdout, /^note: generated\/out\.js: skipped: the policy's ignore globs exclude it$/m);
  });

  it('honours the .gitignore files above a scanned folder up to the repository top, and none outside a repository', () => {
    const layout = { '.gitignore': 'src/generated/\n', 'src/app.js': 'eval(req.query.a);\n', 'src/generated/out.js': 'eval(req.query.b);\n' };
    const findingsIn = (dir: string) => JSON.parse(run(['scan', '--format', 'json', 'src'], dir).stdout).findings.map((f: { file: string }) => f.file);
    const repository = tempProject({ ...layout, '.git/HEAD': 'ref: refs/heads/main\n' });
    assert.deepEqual(findingsIn(repository), ['src/app.js']);
    assert.deepEqual(findingsIn(tempProject(layout)), ['src/app.js', 'src/generated/out.js']);
  });

  it('scans a folder named on the command line that a .gitignore above excludes, applying the rest of its patterns below it', () => {
    const code = 'eval(req.query.a);\n';
    const repository = tempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': '/vendor\n*.gen.js\n', 'vendor/lib/a.js': code, 'vendor/lib/a.gen.js': code });
    const findingsIn = (target: string) => JSON.parse(run(['scan', '--format', 'json', target], repository).stdout).findings.map((f: { file: string }) => f.file);
    assert.deepEqual(findingsIn('.'), []);
    assert.deepEqual(findingsIn('vendor'), ['vendor/lib/a.js']);
    assert.deepEqual(findingsIn('vendor/lib'), ['vendor/lib/a.js']);
    assert.deepEqual(findingsIn('vendor/lib/a.gen.js'), ['vendor/lib/a.gen.js'], 'as a file named for the scan is');
  });

  it('says so when a folder named for the scan yields nothing because .gitignore excludes all of it', () => {
    const repository = tempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': '/vendor/**\n', 'vendor/lib/a.js': 'eval(req.query.a);\n' });
    for (const target of ['vendor', 'vendor/', 'vendor/lib']) {
      const { code, stdout } = run(['scan', target], repository);
      assert.equal(code, EXIT_CLEAN, target);
      assert.match(stdout, /note: vendor(?:\/lib)?: nothing scanned: \.gitignore excludes everything in it/, target);
    }
  });

  it('reads .gitignore files as git does: a deeper one overrules, case counts on Linux, a byte-order mark is dropped', () => {
    const files = (layout: Record<string, string>) => JSON.parse(run(['scan', '--format', 'json', '.'], tempProject(layout)).stdout).findings.map((f: { file: string }) => f.file);
    const code = 'eval(req.query.a);\n';
    assert.deepEqual(files({ '.gitignore': '*.js\n', 'sub/.gitignore': '!keep.js\n', 'sub/keep.js': code, 'sub/drop.js': code, 'top.js': code }), ['sub/keep.js']);
    assert.deepEqual(files({ '.gitignore': 'sub/*.js\n!sub/keep.js\n', 'sub/.gitignore': 'keep.js\n', 'sub/keep.js': code }), [], 'the deeper file has the last word');
    assert.deepEqual(files({ '.gitignore': 'build/\n', 'build/.gitignore': '!out.js\n', 'build/out.js': code }), [], 'nothing in an excluded folder comes back');
    if (process.platform === 'linux') assert.deepEqual(files({ '.gitignore': '*.JS\nsecret.js\n', 'app.js': code, 'Secret.js': code }), ['Secret.js', 'app.js']);
    assert.deepEqual(files({ '.gitignore': '\uFEFFsrc/\n', 'src/app.js': code, 'app.js': code }), ['app.js']);
  });

  it('applies the nearest policy (severity override) and --min-severity', () => {
    assert.equal(JSON.parse(run(['scan', '--format', 'json']).stdout).findings[0].severity, 'warning');
    assert.equal(run(['scan', '--min-severity', 'error']).code, EXIT_CLEAN);
  });

  it('reports only secrets in test code, unless the policy runs all rules there', () => {
    const evalAndKey = `eval(req.query.code);\nconst key = "${['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('')}";\n`;
    const dir = tempProject({ 'src/app.js': evalAndKey, 'test/app.test.js': evalAndKey });
    const findings = () => JSON.parse(run(['scan', '.', '--format', 'json'], dir).stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);
    assert.deepEqual(findings(), ['src/app.js js.eval-call', 'src/app.js secret.aws-access-key', 'test/app.test.js secret.aws-access-key']);
    fs.writeFileSync(path.join(dir, '.security-coach.json'), '{ "testCode": { "rules": "all" } }');
    assert.deepEqual(findings(), ['src/app.js js.eval-call', 'src/app.js secret.aws-access-key', 'test/app.test.js js.eval-call', 'test/app.test.js secret.aws-access-key']);
  });

  it("turns a rule off on the paths its setting's ignore globs name, and only that rule", () => {
    const evalAndKey = `eval(req.query.code);\nconst key = "${['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('')}";\n`;
    const dir = tempProject({
      'src/app.js': evalAndKey,
      'docs/examples/app.js': evalAndKey,
      '.security-coach.json': '{ "testCode": { "paths": [] }, "rules": { "js.eval-call": { "ignore": ["docs/**"] } } }',
    });
    const findings = JSON.parse(run(['scan', '.', '--format', 'json'], dir).stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);
    assert.deepEqual(findings, ['docs/examples/app.js secret.aws-access-key', 'src/app.js js.eval-call', 'src/app.js secret.aws-access-key']);
  });

  it('exits 0 on a clean folder', () => {
    assert.equal(run(['scan', 'src/clean.js']).code, EXIT_CLEAN);
  });

  it('writes SARIF 2.1.0 with rule help, CWE tags, precision and regions', () => {
    const { stdout } = run(['scan', '--format', 'sarif']);
    const log = JSON.parse(stdout) as Log;
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits', 'columns count UTF-16 code units, as the engine does');
    const rule = sarifRun.tool.driver.rules![0];
    assert.equal(rule.id, 'js.eval-call');
    assert.match(rule.help!.markdown!, /## How to fix/);
    assert.ok((rule.properties!.tags as string[]).includes('external/cwe/cwe-95'));
    assert.equal(rule.properties!.precision, 'high');
    const [result] = sarifRun.results!;
    assert.equal(result.ruleIndex, 0);
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations![0].physicalLocation!.region, {
      startLine: 1, startColumn: 22, endLine: 1, endColumn: 28, snippet: { text: 'eval(r' },
    });
    assert.equal(result.locations![0].physicalLocation!.artifactLocation!.uri, 'src/app.js');
  });

  it('gives each SARIF result its own fingerprint, stable when lines are added above it', () => {
    const fingerprints = (text: string) => {
      const dir = tempProject({ 'a.js': text });
      const log = JSON.parse(run(['scan', '--format', 'sarif', '.'], dir).stdout) as Log;
      return log.runs[0].results!.map((r) => r.partialFingerprints!['securityCoach/v1']);
    };
    const twice = 'eval(userInput);\neval(userInput);\n';
    const before = fingerprints(twice);
    assert.equal(before.length, 2);
    assert.notEqual(before[0], before[1]);
    assert.deepEqual(fingerprints(`// a comment\n\n${twice}`), before);
  });

  it('writes SARIF artifact URIs that keep #, ? and : in file names, and file: URLs outside the working directory', () => {
    const dir = tempProject({ 'dir #1/a?b.js': 'eval(userInput);\n', 'http:x.js': 'eval(userInput);\n', 'q/bin.js': 'eval(x)\u0000' });
    const uris = (log: Log) => [
      ...log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.artifactLocation!),
      ...log.runs[0].invocations![0].toolExecutionNotifications!.map((n) => n.locations![0].physicalLocation!.artifactLocation!),
    ];
    assert.deepEqual(uris(JSON.parse(run(['scan', '--format', 'sarif', '.'], dir).stdout) as Log), [
      { uri: 'dir%20%231/a%3Fb.js', uriBaseId: '%SRCROOT%' },
      { uri: 'http%3Ax.js', uriBaseId: '%SRCROOT%' },
      { uri: 'q/bin.js', uriBaseId: '%SRCROOT%' },
    ]);
    const outside = uris(JSON.parse(run(['scan', '--format', 'sarif', dir], PROJECT).stdout) as Log);
    assert.deepEqual(outside.map((location) => location.uriBaseId), [undefined, undefined, undefined]);
    assert.equal(new URL(outside[0].uri!).pathname, `${dir}/dir%20%231/a%3Fb.js`);
  });

  it('refuses an --output that names a file to scan, leaving it as it was', () => {
    const dir = tempProject({ 'b.js': 'eval(userInput);\n' });
    const { code, stderr, files } = run(['scan', '-o', 'b.js', 'b.js'], dir);
    assert.equal(code, EXIT_USAGE);
    assert.match(stderr, /--output b\.js is a file to scan/);
    assert.equal(files.size, 0);
  });

  it('refuses, before scanning, an --output that is a folder or an existing source file; a report is overwritten', () => {
    const dir = tempProject({ 'src/app.js': 'eval(userInput);\n', 'reports/old.json': '{}' });
    for (const [output, reason] of [['src/app.js', /--output src\/app\.js is a source file/], ['reports', /--output reports is a folder/]] as const) {
      const { code, stderr, files } = run(['scan', '-o', output, '.'], dir);
      assert.equal(code, EXIT_USAGE);
      assert.match(stderr, reason);
      assert.equal(files.size, 0);
    }
    assert.equal(run(['scan', '-o', 'reports/old.json', '.'], dir).files.size, 1);
  });

  it('notes the rules that reached the most findings a rule reports in a file', () => {
    const dir = tempProject({ 'many.js': 'eval(req.query.a);\n'.repeat(210), 'few.js': 'eval(req.query.a);\n' });
    const { stdout } = run(['scan', '.'], dir);
    assert.match(stdout, /^note: many\.js: partly reported: a rule reports at most 200 findings in a file, and js\.eval-call reached that$/m);
    assert.doesNotMatch(stdout, /note: few\.js/);
  });

  it("says so when the policy's ignore globs empty a folder named for the scan", () => {
    const dir = tempProject({ '.security-coach.json': '{ "ignore": ["vendor/**"] }', 'vendor/lib.js': 'eval(req.query.a);\n', 'app.js': 'eval(req.query.a);\n' });
    assert.match(run(['scan', 'vendor'], dir).stdout, /^note: vendor: nothing scanned: the policy's ignore globs exclude everything in it$/m);
    assert.doesNotMatch(run(['scan', '.'], dir).stdout, /note:/);
  });

  it('writes to --output', () => {
    const { files, stdout } = run(['scan', '--format', 'json', '--output', 'out.json']);
    assert.equal(stdout, '');
    assert.ok(JSON.parse(files.get(path.join(PROJECT, 'out.json'))!).findings.length === 1);
  });

  it('skips binary, oversized and symlinked files with a note, never following links', () => {
    const dir = tempProject({ 'a.js': 'eval(req.query.a);\n', 'bin.dat': 'eval(x)\u0000\u0001', 'big.js': `eval(req.q);\n${'//\n'.repeat(3000)}`, '.security-coach.json': '{ "maxFileBytes": 2000 }' });
    const outside = tempProject({ 'secret.js': 'eval(req.query.s);\n' });
    fs.symlinkSync(outside, path.join(dir, 'link'));
    const { stdout } = run(['scan', '.'], dir);
    assert.match(stdout, /note: bin\.dat: skipped: .*binary/);
    assert.match(stdout, /note: big\.js: skipped: .*over the 2000-byte limit/);
    assert.match(stdout, /note: link: skipped: a symbolic link/);
    assert.doesNotMatch(stdout, /secret\.js/);
  });

  it('prints control characters in file names and policy keys as escapes, never raw, in text output and errors', () => {
    const dir = tempProject({
      'a\u001b]0;owned\u0007.js': 'eval(userInput);\n', 'x\n::error::forged.js': 'eval(userInput);\n', 'bin\u001b[2J.dat': 'x\u0000', '::warning::forged.js': 'eval(userInput);\n',
    });
    const { stdout } = run(['scan', '.'], dir);
    assert.deepEqual([...stdout].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f'))), []);
    assert.deepEqual(stdout.split('\n').filter((line) => line.startsWith('::')), [], 'no line is a GitHub Actions command');
    assert.match(stdout, /^\.\/::warning::forged\.js$/m);
    assert.match(stdout, /^a\\u001b\]0;owned\\u0007\.js$/m);
    assert.match(stdout, /^x\\u000a::error::forged\.js$/m);
    assert.match(stdout, /^note: bin\\u001b\[2J\.dat: skipped: /m);
    fs.writeFileSync(path.join(dir, '.security-coach.json'), '{ "rulez\\u001b[2J": {} }');
    const { code, stderr } = run(['scan', '.'], dir);
    assert.equal(code, EXIT_USAGE);
    assert.ok(!stderr.includes('\u001b'));
    assert.match(stderr, /unknown key "rulez\\u001b\[2J"/);
  });

  it('reads a file up to maxFileBytes whole, and reports the size of one over it', () => {
    const filler = '// é\n'.repeat(40_000); // 240,000 bytes of two-byte characters, past the first read buffer
    const last = 'eval(req.query.a);\n';
    const limit = Buffer.byteLength(filler + last);
    const dir = tempProject({ 'at-limit.js': filler + last, 'over.js': `${filler}${last}x`, '.security-coach.json': `{ "maxFileBytes": ${limit} }` });
    const { stdout } = run(['scan', '--format', 'json', '.'], dir);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`), ['at-limit.js:40001']);
    assert.deepEqual(report.skipped, [{ file: 'over.js', reason: `skipped: ${limit + 1} bytes is over the ${limit}-byte limit (maxFileBytes)` }]);
  });

  it('exits 2 with located errors on a broken policy', () => {
    const dir = tempProject({ 'a.js': 'x', '.security-coach.json': '{\n  "rulez": {}\n}' });
    const { code, stderr } = run(['scan', '.'], dir);
    assert.equal(code, EXIT_USAGE);
    assert.match(stderr, /\.security-coach\.json:2:3: unknown key "rulez"; did you mean "rules"\?/);
  });

  it('obeys a renamed rule id in the policy and warns once, located, naming the new id', () => {
    const bad = 'package a\nfunc f() { os.Chmod(path, 0777) }\n';
    const dir = tempProject({ 'a.go': bad, 'b.go': bad, '.security-coach.json': '{\n  "rules": { "go.file-permissions": "off" }\n}' });
    const { code, stderr } = run(['scan', '.'], dir);
    assert.equal(code, EXIT_CLEAN);
    assert.deepEqual(stderr.split('\n').filter(Boolean), [
      `security-coach: warning: ${path.join(dir, '.security-coach.json')}:2:14: rule "go.file-permissions" is now "go.chmod-world-writable"; this setting applies to "go.chmod-world-writable", but write the new id instead`,
    ]);
  });

  it('exits 2 on a missing or broken --policy even when no file is scanned', () => {
    const dir = tempProject({ 'bad.json': '{ "minSeverity": "loud" }' });
    fs.mkdirSync(path.join(dir, 'empty'));
    const missing = run(['scan', '--policy', 'nope.json', 'empty'], dir);
    assert.equal(missing.code, EXIT_USAGE);
    assert.match(missing.stderr, /nope\.json:1:1: cannot read the policy file/);
    const broken = run(['scan', '--policy', 'bad.json', 'empty'], dir);
    assert.equal(broken.code, EXIT_USAGE);
    assert.match(broken.stderr, /bad\.json:1:18: minSeverity: /);
  });

  it('applies a --policy kept elsewhere with its globs relative to the repository top, or the working folder', () => {
    const policies = tempProject({ 'shared.json': '{ "ignore": ["vendor/"] }' });
    const layout = { 'app.js': 'eval(req.query.a);\n', 'vendor/lib.js': 'eval(req.query.b);\n' };
    const findingsOf = (dir: string, ...paths: string[]) =>
      JSON.parse(run(['scan', '--format', 'json', '--policy', path.join(policies, 'shared.json'), ...paths], dir).stdout).findings.map((f: { file: string }) => f.file);
    const plain = tempProject(layout);
    assert.deepEqual(findingsOf(plain, '.'), ['app.js']);
    assert.deepEqual(findingsOf(plain, 'vendor/lib.js'), [], 'the same verdict for a file named on its own');
    assert.deepEqual(findingsOf(plain, 'vendor'), []);
    const repository = tempProject({ ...layout, '.git/HEAD': 'ref: refs/heads/main\n' });
    assert.deepEqual(findingsOf(path.join(repository, 'vendor'), 'lib.js'), [], 'from a folder inside the repository');
  });

  it('judges test code by its path from the repository top, or the working folder, however the file is named', () => {
    const layout = { 'test/t.js': 'eval(req.query.a);\n', 'src/fixtures/f.js': 'eval(req.query.b);\n', 'src/app.js': 'eval(req.query.c);\n' };
    const findingsOf = (dir: string, ...paths: string[]) => JSON.parse(run(['scan', '--format', 'json', ...paths], dir).stdout).findings.map((f: { file: string }) => f.file);
    const plain = tempProject(layout);
    for (const paths of [['.'], ['test/t.js'], ['test'], ['src/fixtures/f.js']]) assert.deepEqual(findingsOf(plain, ...paths).filter((f: string) => !f.endsWith('app.js')), [], paths.join(' '));
    const repository = tempProject({ ...layout, '.git/HEAD': 'ref: refs/heads/main\n' });
    assert.deepEqual(findingsOf(path.join(repository, 'test'), 't.js'), []);
    assert.deepEqual(findingsOf(path.join(repository, 'src'), '.'), ['app.js']);
  });

  it('never scans the policy file, whose custom rules hold examples of bad code; one named for the scan is noted', () => {
    const rule = { id: 'team.internal-key', title: 'No internal keys', languages: ['*'], severity: 'error', confidence: 'high', patterns: ['\\bINTKEY-[0-9]{6}\\b'],
      scope: 'any', lesson: 'hardcoded-credentials', cwe: ['CWE-798'], message: 'An internal key is in the file.', examples: { bad: ['INTKEY-123456'], good: ['INTKEY-12'] } };
    const dir = tempProject({ '.security-coach.json': JSON.stringify({ customRules: [rule] }), 'app.txt': 'INTKEY-654321\n' });
    const folder = JSON.parse(run(['scan', '--format', 'json', '.'], dir).stdout);
    assert.deepEqual([folder.findings.map((f: { file: string }) => f.file), folder.skipped], [['app.txt'], []]);
    const named = JSON.parse(run(['scan', '--format', 'json', '.security-coach.json'], dir).stdout);
    assert.deepEqual([named.findings, named.skipped.map((s: { reason: string }) => s.reason)], [[], ['skipped: the Security Coach policy file (its schema checks it)']]);
  });

  it('looks for the policy no higher than the repository top, and finds team lessons anywhere in the repository', () => {
    const outer = tempProject({ '.security-coach.json': '{ "rules": { "js.eval-call": "off" } }' });
    const repository = path.join(outer, 'repo');
    fs.mkdirSync(path.join(repository, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repository, 'app.js'), 'eval(req.query.a);\n');
    assert.equal(run(['scan', '.'], repository).code, EXIT_FINDINGS, 'a policy above the repository is not the team\'s');
    assert.equal(run(['scan', '.'], outer).code, EXIT_FINDINGS);
    fs.mkdirSync(path.join(repository, 'docs/lessons'), { recursive: true });
    fs.mkdirSync(path.join(repository, 'services/api'), { recursive: true });
    fs.writeFileSync(path.join(repository, 'services/api/.security-coach.json'), '{ "lessonsDir": "../../docs/lessons" }');
    const nested = run(['scan', 'services'], repository);
    assert.equal(nested.code, EXIT_CLEAN, nested.stderr);
  });

  it('does not scan the report it writes, nor SARIF reports', () => {
    const key = `const key = "${['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('')}";\n`;
    const dir = tempProject({ 'a.js': 'eval(req.query.code);\n', 'report.txt': key, 'old.sarif': key, 'notes.txt': key });
    const { stdout, files } = run(['scan', '--format', 'json', '-o', 'report.txt', '.'], dir);
    assert.equal(stdout, '', 'the report went to --output');
    const report = JSON.parse(files.get(path.join(dir, 'report.txt')) ?? '{}');
    assert.deepEqual(report.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`), ['a.js js.eval-call', 'notes.txt secret.aws-access-key']);
  });

  it('reads UTF-16 files by their byte-order mark, and places findings as an editor does', () => {
    const code = `// settings\nconst key = "${['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('')}";\n`;
    const dir = tempProject({});
    const bigEndian = Buffer.from(`\uFEFF${code}`, 'utf16le').swap16();
    fs.writeFileSync(path.join(dir, 'le.js'), Buffer.from(`\uFEFF${code}`, 'utf16le'));
    fs.writeFileSync(path.join(dir, 'be.js'), bigEndian);
    fs.writeFileSync(path.join(dir, 'utf8.js'), `\uFEFF${code}`);
    const { stdout } = run(['scan', '--format', 'json', '.'], dir);
    const findings = JSON.parse(stdout).findings.map((f: { file: string; line: number; column: number; ruleId: string }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    assert.deepEqual(findings, ['be.js:2:14 secret.aws-access-key', 'le.js:2:14 secret.aws-access-key', 'utf8.js:2:14 secret.aws-access-key']);
  });

  it("prints a custom rule's title and message from the repository as escapes too", () => {
    const rule = {
      id: 'team.no-legacy-auth', title: 'No legacyAuth\u001b[2J', languages: ['javascript'], severity: 'warning', confidence: 'high',
      patterns: ['\\blegacyAuth\\('], scope: 'code', lesson: 'code-injection', cwe: ['CWE-287'],
      message: 'x\n::error file=a.js::forged', examples: { bad: ['legacyAuth(u)'], good: ['auth.login(u)'] },
    };
    const dir = tempProject({ '.security-coach.json': JSON.stringify({ customRules: [rule] }), 'a.js': 'legacyAuth(u);\n' });
    const { code, stdout } = run(['scan', '.'], dir);
    assert.equal(code, EXIT_FINDINGS);
    assert.deepEqual(stdout.split('\n').filter((line) => line.startsWith('::')), [], 'no line is a GitHub Actions command');
    assert.ok(!stdout.includes('\u001b'));
    assert.match(stdout, /No legacyAuth\\u001b\[2J/);
  });

  it('scans a file named twice, or inside a folder also named, once', () => {
    const dir = tempProject({ 'a.js': 'eval(userInput);\n' });
    for (const args of [['a.js', 'a.js'], ['.', 'a.js']]) {
      assert.deepEqual(JSON.parse(run(['scan', '--format', 'json', ...args], dir).stdout).summary.findings, 1, args.join(' '));
    }
  });

  it('reports a folder whose name starts with two dots by its relative path, and its policy globs apply', () => {
    const dir = tempProject({ '..gen/a.js': 'eval(userInput);\n' });
    assert.deepEqual(JSON.parse(run(['scan', '--format', 'json', '..gen'], dir).stdout).findings.map((f: { file: string }) => f.file), ['..gen/a.js']);
    fs.writeFileSync(path.join(dir, '.security-coach.json'), '{ "ignore": ["..gen/"] }');
    assert.equal(run(['scan', '..gen'], dir).code, EXIT_CLEAN);
  });

  it('counts lines as editors do: a final line break ends a line, an empty file has none', () => {
    const dir = tempProject({ 'a.js': 'let a;\nlet b;\n', 'b.js': 'let c;', 'c.js': '' });
    assert.equal(JSON.parse(run(['scan', '--format', 'json', '.'], dir).stdout).summary.lines, 3);
  });

  it('notes a file whose name is not UTF-8 rather than failing to open it', function () {
    if (process.platform !== 'linux') this.skip();
    const dir = tempProject({});
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.js')]), 'eval(userInput);\n');
    assert.match(run(['scan', '.'], dir).stdout, /note: caf\uFFFD\.js: skipped: its name is not valid UTF-8/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run(['scan', '-o', '', '.']).code, EXIT_USAGE, 'an empty --output');
    assert.equal(run(['scan', '']).code, EXIT_USAGE, 'an empty path');
    assert.equal(run(['scan', '--policy', '']).code, EXIT_USAGE, 'an empty --policy');
    assert.equal(run(['rules', 'extra']).code, EXIT_USAGE, 'rules takes no paths');
    assert.equal(run(['lessons', '--policy', 'x.json']).code, EXIT_USAGE, 'a missing --policy');
    assert.equal(run(['lessons', '--min-severity', 'error']).code, EXIT_USAGE, '--min-severity is for scan');
    assert.equal(run(['scan', '--format', 'xml']).code, EXIT_USAGE);
    assert.equal(run(['frobnicate']).code, EXIT_USAGE);
    const bogus = run(['scan', '--bogus']);
    assert.equal(bogus.code, EXIT_USAGE);
    assert.match(bogus.stderr, /^security-coach: unknown option --bogus\n/);
    const bare = run([]);
    assert.deepEqual([bare.code, bare.stdout], [EXIT_USAGE, ''], 'the usage of a call without a command goes to stderr');
    assert.match(bare.stderr, /^security-coach: name a command\n\nusage:/);
    assert.equal(run(['--help']).code, EXIT_CLEAN);
    assert.equal(run(['scan', '--min-severity', 'loud']).code, EXIT_USAGE);
  });

  it('exits 2 when a path to scan does not exist, scanning nothing', () => {
    const { code, stdout, stderr } = run(['scan', 'src', 'scr/app.js']);
    assert.equal(code, EXIT_USAGE);
    assert.match(stderr, /no such file or folder: scr\/app\.js \(nothing was scanned\)/);
    assert.equal(stdout, '');
  });

  it('notes a named path that is neither a file nor a folder instead of reading it', function () {
    if (!fs.existsSync('/dev/null')) this.skip();
    const { code, stdout } = run(['scan', '/dev/null']);
    assert.equal(code, EXIT_CLEAN);
    assert.match(stdout, /note: \/dev\/null: skipped: not a regular file or folder/);
  });
});

describe('cli catalogue', () => {
  it('lists rules as JSON with their metadata', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json']).stdout);
    const evalRule = rules.find((r: { id: string }) => r.id === 'js.eval-call');
    assert.deepEqual(Object.keys(evalRule), ['id', 'title', 'languages', 'severity', 'confidence', 'enabledByDefault', 'cwe', 'lesson']);
  });

  it('names every language a rule runs on in the Markdown catalogue', () => {
    const unlabelled = [...new Set(BUILTIN_RULES.flatMap((rule) => rule.languages))].filter((id) => !Object.hasOwn(LANGUAGE_LABELS, id));
    assert.deepEqual(unlabelled, []);
    assert.match(run(['rules', '--format', 'markdown']).stdout, /\| `config\.hardcoded-password` \| [^|]+ \| \.env, INI, \.properties, TOML, YAML, XML, JSON, plain text \|/);
  });

  it('lists lessons with the rules that link to them', () => {
    const lessons = JSON.parse(run(['lessons', '--format', 'json']).stdout);
    assert.ok(lessons.find((l: { id: string; rules: string[] }) => l.id === 'code-injection').rules.includes('js.eval-call'));
  });

  it("prints the lesson a scan's hint names, with the team's lessons and champions from the policy that governs", () => {
    const hint = /\(security-coach (lessons [\w-]+)\)/.exec(run(['scan', '.']).stdout);
    const shown = run(hint![1].split(' '));
    assert.equal(shown.code, EXIT_CLEAN);
    assert.match(shown.stdout, /^# Code injection\n\n## What it is\n/);
    const dir = tempProject({
      '.security-coach.json': JSON.stringify({ lessonsDir: 'team-lessons', champions: [{ name: 'Ada', contact: 'ada@example.com', areas: ['team-auth'] }, { name: 'Lin', contact: '#security' }] }),
      'team-lessons/team-auth.md': `---\nid: team-auth\ntitle: Our login service\ncwe: [CWE-287]\nlanguages: [javascript]\nsummary: Log in through the login service.\n---\n\n${TEAM_LESSON_BODY}`,
    });
    const team = run(['lessons', 'team-auth'], path.join(dir, 'team-lessons'));
    assert.equal(team.code, EXIT_CLEAN, team.stderr);
    assert.equal(team.stdout, `# Our login service\n\n${TEAM_LESSON_BODY.replace('\u001b', '\\u001b')}\n## Ask your team\n- Ada: ada@example.com\n- Lin: #security\n`);
    assert.match(run(['lessons'], dir).stdout, /^team-auth +Our login service: /m);
    const json = JSON.parse(run(['lessons', 'xss', '--format', 'json'], dir).stdout);
    assert.deepEqual(json.map((l: { id: string; champions: { name: string }[] }) => [l.id, l.champions.map((c) => c.name)]), [['xss', ['Lin']]]);
    const unknown = run(['lessons', 'team-auht'], dir);
    assert.equal(unknown.code, EXIT_USAGE);
    assert.match(unknown.stderr, /no lesson "team-auht"/);
  });
});
