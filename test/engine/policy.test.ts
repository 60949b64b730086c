import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parsePolicy, loadPolicyFile, resolveLessonsDir, untrustedDrops, untrustedPolicy, findPolicyFile } from '../../src/engine/policy/load';
import { DEFAULT_POLICY, withIgnoredGlob, type Policy } from '../../src/engine/policy/schema';
import { BUILTIN_RULES, RENAMED_RULE_IDS, SPLIT_RULE_IDS, builtinRule } from '../../src/engine/rules';
import { policyJsonSchema } from '../../src/engine/policy/json-schema';
import { scan } from '../../src/engine/scanner';
import { tempDir } from '../temp-dirs';

const errorsOf = (text: string) => {
  const result = parsePolicy(text, 'team.json');
  assert.equal(result.ok, false, 'expected the policy to be refused');
  return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
};

const customRule = (overrides: Record<string, unknown> = {}) => JSON.stringify({
  id: 'team.no-legacy-auth', title: 'No legacyAuth', languages: ['javascript'], severity: 'warning', confidence: 'high',
  patterns: ['\\blegacyAuth\\('], scope: 'code', lesson: 'code-injection', cwe: ['CWE-287'],
  message: 'legacyAuth() skips MFA; use auth.login().', examples: { bad: ['legacyAuth(u)'], good: ['auth.login(u)'] }, ...overrides,
});

describe('policy loading', () => {
  it('accepts JSON with comments and trailing commas, filling defaults', () => {
    const result = parsePolicy('{\n  // ours\n  "rules": { "js.eval-call": "error", },\n}', 'p.json');
    assert.ok(result.ok);
    assert.equal(result.policy.insertion.minLines, 8);
    assert.equal(result.policy.insertion.minChars, 400);
    assert.equal(result.policy.rules['js.eval-call'], 'error');
  });

  it('reads a file saved with a byte-order mark, counting columns as editors do', () => {
    const result = parsePolicy('\uFEFF{ "minSeverity": "error" }', 'p.json');
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(errorsOf('\uFEFF{ "minSeverty": "error" }'), ['1:3 unknown key "minSeverty"; did you mean "minSeverity"?']);
  });

  it('locates a typo in a key and suggests the right one', () => {
    assert.deepEqual(errorsOf('{\n  "minSeverty": "error"\n}'), ['2:3 unknown key "minSeverty"; did you mean "minSeverity"?']);
  });

  it('suggests the right key inside nested settings too', () => {
    assert.deepEqual(errorsOf('{ "insertion": { "minLine": 3 } }'), ['1:18 unknown key "minLine" in insertion; did you mean "minLines"?']);
    assert.deepEqual(errorsOf('{ "rules": { "js.eval-call": { "severty": "error" } } }'), ['1:32 unknown key "severty" in rules.js.eval-call; did you mean "severity"?']);
    assert.ok(errorsOf('{ "champions": [{ "name": "Ada", "contcat": "ada@example.com" }] }').includes('1:34 unknown key "contcat" in champions.0; did you mean "contact"?'));
  });

  it('fills the testCode defaults, and locates a wrong testCode setting', () => {
    const result = parsePolicy('{ "testCode": { "paths": ["qa/"] } }', 'p.json');
    assert.ok(result.ok);
    assert.deepEqual(result.policy.testCode, { paths: ['qa/'], rules: 'secrets' });
    assert.deepEqual(DEFAULT_POLICY.testCode.rules, 'secrets');
    assert.deepEqual(errorsOf('{ "testCode": { "rules": "none" } }'), ['1:26 testCode.rules: Invalid option: expected one of "secrets"|"all"']);
  });

  it('locates a wrong type at its value', () => {
    assert.deepEqual(errorsOf('{ "insertion": { "minLines": "8" } }'), ['1:30 insertion.minLines: Invalid input: expected number, received string']);
  });

  it('says which values a rule setting takes', () => {
    assert.deepEqual(errorsOf('{ "rules": { "js.eval-call": "Error" } }'), [
      '1:30 rules.js.eval-call: expected "off", "on", a severity ("error", "warning", "info") or { "enabled": true|false, "severity": ..., "ignore": [globs] }',
    ]);
  });

  it("takes a rule setting's ignore globs, and says where a wrong one is", () => {
    const result = parsePolicy('{ "rules": { "js.eval-call": { "ignore": ["docs/**", "*.md"] } } }', 'p.json');
    assert.ok(result.ok);
    assert.deepEqual(result.policy.rules['js.eval-call'], { ignore: ['docs/**', '*.md'] });
    assert.equal(errorsOf('{ "rules": { "js.eval-call": { "ignore": "docs/**" } } }').length, 1);
    assert.match(errorsOf('{ "rules": { "js.eval-call": { "ignore": "docs/**" } } }')[0], /^1:30 rules\.js\.eval-call:/);
  });

  it('adds a glob to a rule setting, keeping its state and severity, and leaves a rule that is off alone', () => {
    assert.deepEqual(withIgnoredGlob(undefined, 'docs/**'), { ignore: ['docs/**'] });
    assert.deepEqual(withIgnoredGlob('warning', 'docs/**'), { severity: 'warning', ignore: ['docs/**'] });
    assert.deepEqual(withIgnoredGlob('on', 'docs/**'), { enabled: true, ignore: ['docs/**'] });
    assert.deepEqual(withIgnoredGlob({ severity: 'error', ignore: ['a/**'] }, 'docs/**'), { severity: 'error', ignore: ['a/**', 'docs/**'] });
    assert.deepEqual(withIgnoredGlob({ ignore: ['docs/**'] }, 'docs/**'), { ignore: ['docs/**'] });
    assert.equal(withIgnoredGlob('off', 'docs/**'), 'off');
    // A setting of another shape, as a broken file may hold, is replaced, never spread into characters.
    assert.deepEqual(withIgnoredGlob({ ignore: 'a/**' }, 'docs/**'), { ignore: ['docs/**'] });
    assert.deepEqual(withIgnoredGlob(42, 'docs/**'), { ignore: ['docs/**'] });
  });

  it('refuses unknown rule ids with a suggestion', () => {
    assert.deepEqual(errorsOf('{ "rules": { "js.eval-cal": "off" } }'), ['1:14 unknown rule id "js.eval-cal"; did you mean "js.eval-call"?']);
  });

  it('applies a renamed rule id\'s setting to the ids that replaced it, with a located warning', () => {
    const result = parsePolicy('{ "rules": {\n  "cs.hardcoded-key-or-iv": "off",\n  "cs.static-iv": "error" } }', 'team.json');
    assert.ok(result.ok);
    assert.deepEqual(result.policy.rules, { 'cs.static-iv': 'error', 'cs.hardcoded-key': 'off' });
    assert.deepEqual(result.warnings.map((w) => `${w.line}:${w.column} ${w.message}`), [
      '2:3 rule "cs.hardcoded-key-or-iv" is now "cs.hardcoded-key" and "cs.static-iv"; this setting applies to "cs.hardcoded-key", but write the new ids instead',
    ]);
    const both = parsePolicy('{ "rules": { "java.static-iv": "on", "java.hardcoded-iv": "off" } }', 'team.json');
    assert.ok(both.ok);
    assert.deepEqual(both.policy.rules, { 'java.static-iv': 'on' });
    assert.match(both.warnings[0].message, /which this file sets too; this old key does nothing/);
  });

  it('turns a rule off by its old id, and a custom rule may take a retired id', () => {
    const rule = builtinRule('java.static-iv');
    assert.ok(rule);
    const scanWith = (text: string) => {
      const result = parsePolicy(text, 'team.json');
      assert.ok(result.ok);
      return scan(rule.examples.bad[0], { languageId: 'java' }, result.policy).filter((f) => f.ruleId === 'java.static-iv').length;
    };
    assert.equal(scanWith('{}'), 1);
    assert.equal(scanWith('{ "rules": { "java.hardcoded-iv": "off" } }'), 0);
    const custom = parsePolicy(`{ "customRules": [${customRule({ id: 'java.hardcoded-iv' })}], "rules": { "java.hardcoded-iv": "error" } }`, 'team.json');
    assert.ok(custom.ok);
    assert.deepEqual([custom.policy.rules, custom.warnings], [{ 'java.hardcoded-iv': 'error' }, []]);
  });

  it('maps every renamed id to built-in rules, and no old id is still a rule; a split rule and its parts all exist', () => {
    const current = new Set(BUILTIN_RULES.map((rule) => rule.id));
    for (const [oldId, newIds] of RENAMED_RULE_IDS) {
      assert.ok(!current.has(oldId), `${oldId} is a rule again: drop it from RENAMED_RULE_IDS`);
      for (const id of newIds) assert.ok(current.has(id), `${oldId} -> ${id}: no such rule`);
    }
    for (const [id, splitIds] of SPLIT_RULE_IDS) for (const split of [id, ...splitIds]) assert.ok(current.has(split), `${id}: no rule ${split}`);
  });

  it('applies a split rule\'s setting to the rules split from it, without a warning', () => {
    const result = parsePolicy('{ "rules": { "py.cookie-insecure-flags": "off" } }', 'team.json');
    assert.ok(result.ok);
    assert.deepEqual([result.policy.rules, result.warnings], [{ 'py.cookie-insecure-flags': 'off', 'py.session-cookie-without-flags': 'off' }, []]);
    const own = parsePolicy('{ "rules": { "py.cookie-insecure-flags": "off", "py.session-cookie-without-flags": "error" } }', 'team.json');
    assert.ok(own.ok);
    assert.equal(own.policy.rules['py.session-cookie-without-flags'], 'error');
  });

  it('reports JSON syntax errors where they are', () => {
    assert.match(errorsOf('{ "rules": { }\n  "ignore": [] }')[0], /^2:3 invalid JSON/);
  });

  it('refuses prototype keys, duplicate keys and deep nesting', () => {
    assert.match(errorsOf('{ "__proto__": { "minSeverity": "error" } }')[0], /"__proto__" is not allowed/);
    assert.match(errorsOf('{ "ignore": [], "ignore": ["x"] }')[0], /duplicate key "ignore"/);
    assert.match(errorsOf(`{ "x": ${'['.repeat(10_000)}`)[0], /nesting deeper than 64/);
    assert.equal(({} as Record<string, unknown>).minSeverity, undefined);
  });

  it('accepts a custom rule whose examples pass', () => {
    const result = parsePolicy(`{ "customRules": [${customRule()}] }`, 'p.json');
    assert.ok(result.ok, JSON.stringify(result));
  });

  it("refuses a custom rule's misspelt language ids with a suggestion, and warns of one the CLI never gives a file", () => {
    const errors = errorsOf(`{ "customRules": [${customRule({ languages: ['javscript', 'TypeScript', 'py'] })}] }`);
    assert.deepEqual(errors.map((e) => e.replace(/^.*?did you mean /, '')), ['"javascript"?', '"typescript"?', '"python"?']);
    const lua = parsePolicy(`{ "customRules": [${customRule({ languages: ['javascript', 'lua'] })}] }`, 'p.json');
    assert.ok(lua.ok, JSON.stringify(lua));
    for (const editorOnly of ['fsharp', 'xsl', 'r', 'jsonl', 'plsql', 'haml', 'd']) {
      const result = parsePolicy(`{ "customRules": [${customRule({ languages: [editorOnly] })}] }`, 'p.json');
      assert.ok(result.ok && /only the editor runs the rule/.test(result.warnings[0]?.message ?? ''), `${editorOnly}: ${JSON.stringify(result)}`);
    }
    assert.deepEqual(lua.warnings.map((w) => w.message), ['custom rule "team.no-legacy-auth": languages[1] "lua" is no language the CLI gives a file, so only the editor runs the rule, on files VS Code calls "lua"']);
  });

  it('refuses a custom pattern that can match empty text, at the pattern', () => {
    for (const pattern of ['q*', '(?:legacyAuth\\()?', '\\b', 'legacyAuth\\(|$']) {
      const errors = errorsOf(`{ "customRules": [${customRule({ patterns: ['\\blegacyAuth\\(', pattern] })}] }`);
      assert.match(errors[0], /^1:\d+ custom rule "team.no-legacy-auth": this pattern can match empty text/, pattern);
    }
    assert.ok(parsePolicy(`{ "customRules": [${customRule({ patterns: ['\\blegacyAuth\\(\\w*'] })}] }`, 'p.json').ok);
  });

  it("warns of a custom rule's lesson that is neither built in nor in the team's lessons folder", () => {
    const warningsOf = (text: string, options = {}) => {
      const result = parsePolicy(text, path.join(root, '.security-coach.json'), options);
      assert.ok(result.ok, JSON.stringify(result));
      return result.warnings.map((w) => w.message);
    };
    const root = tempDir('policy-');
    fs.mkdirSync(path.join(root, 'lessons'));
    fs.writeFileSync(path.join(root, 'lessons/team-auth.md'), '');
    assert.deepEqual(warningsOf(`{ "customRules": [${customRule({ lesson: 'team-auth' })}] }`), ['custom rule "team.no-legacy-auth": "team-auth" is no built-in lesson and the policy has no lessonsDir, so its findings link to no lesson']);
    assert.deepEqual(warningsOf(`{ "lessonsDir": "lessons", "customRules": [${customRule({ lesson: 'team-auth' })}] }`, { workspaceRoot: root }), []);
    assert.deepEqual(warningsOf(`{ "lessonsDir": "lessons", "customRules": [${customRule({ lesson: 'team-auht' })}] }`, { workspaceRoot: root }), ['custom rule "team.no-legacy-auth": "team-auht" is no built-in lesson and lessons has no team-auht.md, so its findings link to no lesson']);
    assert.deepEqual(warningsOf(`{ "customRules": [${customRule()}] }`), []);
  });

  it("says what is wrong with a custom rule's pattern or matcher in the team's terms", () => {
    const [syntax] = errorsOf(`{ "customRules": [${customRule({ patterns: ['('] })}] }`);
    assert.match(syntax, /invalid pattern "\(": .*`\(`.* \(custom patterns use RE2 syntax/);
    const [matcher] = errorsOf(`{ "customRules": [${customRule({ matcher: 'nope' })}] }`);
    assert.match(matcher, /unknown matcher "nope" \(known: [^)]*\)$/);
  });

  it('warns of a custom rule whose confidence leaves it off, unless the policy turns it on', () => {
    const low = customRule({ confidence: 'low' });
    const warnings = (text: string) => {
      const result = parsePolicy(text, 'p.json');
      assert.ok(result.ok, JSON.stringify(result));
      return result.warnings.map((w) => w.message);
    };
    assert.deepEqual(warnings(`{ "customRules": [${low}] }`), ['custom rule "team.no-legacy-auth": its confidence "low" is below minConfidence "medium", so it never runs; turn it on under "rules", or lower minConfidence']);
    assert.deepEqual(warnings(`{ "customRules": [${low}], "rules": { "team.no-legacy-auth": "on" } }`), []);
    assert.deepEqual(warnings(`{ "customRules": [${low}], "minConfidence": "low" }`), []);
  });

  it('says a policy file saved as UTF-16 must be saved as UTF-8', () => {
    const file = path.join(tempDir('policy-'), '.security-coach.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "minSeverity": "error" }', 'utf16le')]));
    const result = loadPolicyFile(file);
    assert.deepEqual(result.ok ? [] : result.errors.map((e) => e.message), ['the policy file is saved as UTF-16; save it as UTF-8']);
  });

  it('refuses a custom rule whose examples fail, at its examples', () => {
    const [error] = errorsOf(`{ "customRules": [${customRule({ examples: { bad: ['auth.login(u)'], good: ['x'] } })}] }`);
    assert.match(error, /custom rule "team.no-legacy-auth": refused because its examples fail: examples.bad\[0\] is not reported/);
  });

  it('refuses backtracking-only syntax and catastrophic patterns never run on RegExp', () => {
    assert.match(errorsOf(`{ "customRules": [${customRule({ patterns: ['(?=a)legacyAuth'] })}] }`)[0], /RE2 syntax/);
    const catastrophic = parsePolicy(`{ "customRules": [${customRule({ patterns: ['(a+)+$'], examples: { bad: ['aaaa'], good: ['b'] } })}] }`, 'p.json');
    assert.ok(catastrophic.ok, 'a nested quantifier is fine for RE2: it runs in linear time');
  });

  it('refuses custom patterns that unroll past the compile budget, before compiling them', () => {
    const unrolling = (copies: number) => String.raw`\blegacyAuth\(` + 'a{0,1000}'.repeat(copies);
    assert.deepEqual(errorsOf(`{ "customRules": [${customRule({ patterns: ['legacy', unrolling(51)] })}] }`), [
      '1:160 custom rule "team.no-legacy-auth": patterns[1] unrolls to 51012 steps (each repetition count multiplies what it repeats); the limit is 50000: lower the counts',
    ]);
    // Four rules of 40,012 steps fit the policy's budget of 200,000; the fifth does not, and nothing after it is compiled.
    const rules = Array.from({ length: 6 }, (_, i) => customRule({ id: `team.r${i}`, patterns: [unrolling(40)] }));
    rules.push(customRule({ id: 'team.r6', patterns: [unrolling(40)], examples: { bad: ['auth.login(u)'], good: ['x'] } }));
    assert.deepEqual(errorsOf(`{ "customRules": [\n${rules.join(',\n')}] }`).map((e) => e.replace(/ \(.*/, '')), [
      '6:7 custom rule "team.r4": the custom rules\' patterns unroll to over 200000 steps in all, up to this rule',
    ]);
  });

  it('checks an untrusted workspace\'s custom rules against the schema only: never compiled, examples never run', () => {
    const failing = `{ "customRules": [${customRule({ examples: { bad: ['auth.login(u)'], good: ['x'] } })}] }`;
    assert.equal(parsePolicy(failing, 'p.json').ok, false);
    assert.equal(parsePolicy(failing, 'p.json', { trusted: false }).ok, true);
    assert.match(errorsOf(`{ "customRules": [${customRule({ id: 'js.eval-call' })}] }`)[0], /belongs to a built-in rule/);
    const wrongShape = parsePolicy(`{ "customRules": [${customRule({ severity: 'loud' })}] }`, 'p.json', { trusted: false });
    assert.equal(wrongShape.ok, false);
  });

  it('reports a custom rule on its report group, and refuses a fix that would rewrite more than is reported', () => {
    const narrowed = { patterns: [String.raw`\bopenVault\(\)(?:[\s\S]{0,200}?(?<report>\w+\.unlock\())?`], examples: { bad: ['v = openVault();\nv.unlock(pin);'], good: ['v = vault();'] } };
    const result = parsePolicy(`{ "customRules": [${customRule(narrowed)}] }`, 'p.json');
    assert.ok(result.ok, JSON.stringify(result));
    const finding = scan('v = openVault();\nv.unlock(pin);', { languageId: 'javascript' }, result.policy).find((f) => f.ruleId === 'team.no-legacy-auth');
    assert.deepEqual(finding && [finding.line, finding.snippet], [2, 'v.unlock(']);
    const withFix = customRule({ ...narrowed, fix: { title: 'Use the new API', replace: 'x' } });
    assert.match(errorsOf(`{ "customRules": [${withFix}] }`)[0], /report group cannot offer a fix/);
  });

  it("applies a rule's fix to its whole match, though the finding is shown from the match's first visible character", () => {
    const rule = customRule({ patterns: [String.raw`(^|[^\w.])legacyAuth\(`], fix: { title: 'Use auth.login', replace: '$1auth.login(' } });
    const result = parsePolicy(`{ "customRules": [${rule}] }`, 'p.json');
    assert.ok(result.ok, JSON.stringify(result));
    for (const text of ['x();\nlegacyAuth(u);\n', 'if (ok) {\n  legacyAuth(u);\n}\n']) {
      const [finding] = scan(text, { languageId: 'javascript' }, result.policy);
      assert.equal(finding.line, 2, text);
      const { range, replacement } = finding.fix!;
      const fixed = text.slice(0, range.start.offset) + replacement + text.slice(range.end.offset);
      assert.equal(fixed, text.replace('legacyAuth(', 'auth.login('));
    }
  });

  it('reports a fallback rule only where no other rule reports the same weakness on the same lines', () => {
    const fallback = customRule({ id: 'team.any-legacy-call', patterns: [String.raw`\blegacy\w*\(`], fallback: true, examples: { bad: ['legacyLogin(u)'], good: ['login(u)'] } });
    const otherWeakness = customRule({ id: 'team.weak-hash', patterns: [String.raw`\bmd5\(`], cwe: ['CWE-328'], examples: { bad: ['md5(p)'], good: ['sha256(p)'] } });
    const quieter = customRule({ id: 'team.auth-note', patterns: [String.raw`\bnoteAuth\(`], severity: 'info', examples: { bad: ['noteAuth(u)'], good: ['note(u)'] } });
    const result = parsePolicy(`{ "customRules": [${customRule()}, ${fallback}, ${otherWeakness}, ${quieter}] }`, 'p.json');
    assert.ok(result.ok, JSON.stringify(result));
    const ruleIds = (text: string) => scan(text, { languageId: 'javascript' }, result.policy).map((f) => `${f.line}:${f.ruleId}`);
    assert.deepEqual(ruleIds('legacyAuth(u);\nlegacyLogin(u);'), ['1:team.no-legacy-auth', '2:team.any-legacy-call']);
    assert.deepEqual(ruleIds('legacyAuth(u); legacyLogin(u);'), ['1:team.no-legacy-auth'], 'side by side on one line');
    assert.deepEqual(ruleIds('md5(p); legacyLogin(u);'), ['1:team.weak-hash', '1:team.any-legacy-call'], 'another weakness');
    assert.deepEqual(ruleIds('noteAuth(u); legacyLogin(u);'), ['1:team.auth-note', '1:team.any-legacy-call'], 'a quieter finding');
    // Suppressing the specific finding does not bring the fallback's up in its place.
    assert.deepEqual(ruleIds('// security-coach-ignore team.no-legacy-auth -- migrating in JIRA-12\nlegacyAuth(u);'), []);
  });

  it('refuses a custom rule reusing a built-in id', () => {
    assert.match(errorsOf(`{ "customRules": [${customRule({ id: 'js.eval-call' })}] }`)[0], /belongs to a built-in rule/);
  });

  it('keeps team lessons inside the workspace', () => {
    const root = tempDir('policy-');
    fs.mkdirSync(path.join(root, 'team-lessons'));
    const outside = tempDir('outside-');
    fs.symlinkSync(outside, path.join(root, 'linked'));
    const file = path.join(root, '.security-coach.json');
    const check = (dir: string) => parsePolicy(JSON.stringify({ lessonsDir: dir }), file, { workspaceRoot: root });
    assert.ok(check('team-lessons').ok);
    fs.mkdirSync(path.join(root, '..lessons'));
    assert.ok(check('..lessons').ok, 'a folder whose name starts with two dots is inside');
    for (const dir of ['../', outside, 'linked']) {
      const result = check(dir);
      assert.ok(!result.ok && /outside the workspace/.test(result.errors[0].message), dir);
    }
    assert.equal(resolveLessonsDir({ ...DEFAULT_POLICY, lessonsDir: 'linked' }, file, root), undefined);
    assert.equal(resolveLessonsDir({ ...DEFAULT_POLICY, lessonsDir: 'team-lessons' }, file, root), fs.realpathSync(path.join(root, 'team-lessons')));
    fs.writeFileSync(file, '{}');
    assert.equal(findPolicyFile(path.join(root, 'team-lessons')), file);
  });

  it("drops repository code for untrusted workspaces, and every setting that would make the coach report less", () => {
    const parsed = parsePolicy(JSON.stringify({
      lessonsDir: 'x', customRules: [JSON.parse(customRule())], champions: [{ name: 'Mallory', contact: 'https://example.com/ask' }],
      rules: { 'js.eval-call': 'off', 'js.math-random': 'error', 'py.pickle-load': 'info', 'js.child-process-exec': { severity: 'error', ignore: ['src/**'] }, 'secret.aws-access-key': { enabled: false } },
      ignore: ['**'], minSeverity: 'error', minConfidence: 'low', insertion: { minLines: 1000, minChars: 100 }, maxFileBytes: 1024, testCode: { paths: ['**'] },
    }), 'p.json');
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const safe = untrustedPolicy(parsed.policy);
    assert.deepEqual(safe, {
      ...DEFAULT_POLICY,
      rules: { 'js.math-random': 'error', 'js.child-process-exec': { severity: 'error' } },
      minConfidence: 'low',
      insertion: { minLines: DEFAULT_POLICY.insertion.minLines, minChars: 100 },
    });
    assert.deepEqual(untrustedDrops(parsed.policy), [
      'custom rules', 'team lessons', 'champions', 'rule settings that turn rules off or down', 'ignore globs', 'test code settings', 'thresholds above the defaults',
    ]);
    assert.deepEqual(untrustedDrops(DEFAULT_POLICY), []);
    const stricter: Policy = { ...DEFAULT_POLICY, rules: { 'js.math-random': 'error' }, minConfidence: 'low', testCode: { paths: [], rules: 'secrets' }, maxFileBytes: 5_000_000 };
    assert.deepEqual([untrustedDrops(stricter), untrustedPolicy(stricter)], [[], stricter], 'what only makes it stricter stays');
  });

  it('reports an unreadable file instead of throwing', () => {
    const result = loadPolicyFile('/nonexistent/.security-coach.json');
    assert.ok(!result.ok && /cannot read/.test(result.errors[0].message));
  });

  it('emits a JSON Schema listing the rule ids', () => {
    const schema = policyJsonSchema() as { properties: { rules: { propertyNames: { anyOf: { enum?: string[] }[] } } } };
    assert.ok(schema.properties.rules.propertyNames.anyOf[0].enum?.includes('js.eval-call'));
  });

  it('marks renamed rule ids deprecated in the JSON Schema, naming the new ones', () => {
    const schema = policyJsonSchema() as { properties: { rules: { properties: Record<string, { deprecated?: boolean; deprecationMessage?: string }> } } };
    const { rules } = schema.properties;
    const renamed = 'Renamed: write java.static-iv instead.';
    assert.deepEqual(rules.properties['java.hardcoded-iv'], { ...rules.properties['java.static-iv'], description: renamed, deprecated: true, deprecationMessage: renamed });
  });
});
