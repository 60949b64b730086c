// A credential's value must never leave the engine: every secret rule's bad examples are scanned and the raw
// value (the `secret` group) must appear in no field of any finding.
import assert from 'node:assert/strict';
import { SECRET_RULES } from '../../src/engine/rules/secrets';
import { findingsOf, defaultLanguage } from '../rule-tester';
import { maskValue, scan } from '../../src/engine/scanner';
import type { RuleSpec } from '../../src/engine/types';

/** The values a rule's patterns capture as `secret` in a text and do not dismiss (what must stay hidden). */
function secretValues(rule: RuleSpec, text: string): string[] {
  const flags = rule.ignoreCase ? 'mi' : 'm';
  const dismissed = (value: string) => (rule.unlessMatch ?? []).some((source) => new RegExp(source, flags).test(value));
  const values: string[] = [];
  for (const source of rule.patterns) {
    for (const match of text.matchAll(new RegExp(source, `g${flags}`))) {
      const value = match.groups?.secret;
      if (value && !dismissed(value)) values.push(value);
    }
  }
  return values;
}

describe('secret masking', () => {
  it("masks a secret in a code rule's snippet too, when the rule's match takes it in", () => {
    const token = ['ghp_', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'].join('');
    const findings = scan(`r = requests.get(url, headers={"Authorization": "Bearer ${token}"}, verify=False)`, { languageId: 'python' });
    const verify = findings.find((f) => f.ruleId === 'py.requests-verify-false');
    assert.ok(verify && findings.some((f) => f.secret), 'a code finding and a secret finding on the line');
    assert.ok(!JSON.stringify(findings).includes(token.slice(4, 16)), JSON.stringify(findings.map((f) => f.snippet)));
    assert.match(verify.snippet, /Bearer \*{4,}"\}, verify=False/);
  });

  it('shows no character of a secret that a code rule needs to see begin (ENV NAME=value in a Dockerfile)', () => {
    const [finding] = scan('ENV DB_PASSWORD=Hq7vPz2LmX9wRt', { languageId: 'dockerfile' }).filter((f) => f.ruleId === 'docker.secret-in-env');
    assert.equal(finding.snippet, 'ENV DB_PASSWORD');
  });

  it('shows a provider\'s public prefix when enough stays hidden, and not one character of anything else', () => {
    assert.equal(maskValue('ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', ['ghp_', 'gho_']), 'ghp_************');
    assert.equal(maskValue('ghp_aB3dE5fG7hJ9k', ['ghp_']), '************', 'a prefix is shown only before 16 hidden characters');
    assert.equal(maskValue('Tr0ub4dor&3xyzQ', ['password']), '************');
    assert.equal(maskValue('pw', []), '****', 'a short value does not show its length');
    const [finding] = scan(`password = "${['Tr0u', 'b4dor&3xyzQ'].join('')}"`, { languageId: 'python' });
    assert.deepEqual([finding.ruleId, finding.snippet], ['secret.generic-assignment', 'password = "************"']);
  });

  it('shows a secret with its own line only: a match over a block holds other values its mask would not hide', () => {
    const manifest = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: mail', 'stringData:', `  API_TOKEN: ${['r7Kq', '2mXv9LpW4tZs8NbY'].join('')}`,
      `  SMTP_PASSWORD: "${['z8kf', 'y0LQMDEhGTR3P3dBRkfF'].join('')}"`, 'type: Opaque'].join('\n');
    const snippets = scan(manifest, { languageId: 'yaml' }).map((f) => `${f.ruleId} ${f.snippet}`);
    assert.ok(snippets.includes('secret.kubernetes-secret-manifest API_TOKEN: ************'), snippets.join('\n'));
    assert.ok(!snippets.some((snippet) => /r7Kq|z8kf/.test(snippet)), snippets.join('\n'));
  });


  it('every secret rule is marked secret and names a `secret` group in each pattern', () => {
    for (const rule of SECRET_RULES) {
      assert.equal(rule.secret, true, rule.id);
      for (const pattern of rule.patterns) assert.ok(pattern.includes('(?<secret>'), `${rule.id}: ${pattern}`);
    }
  });

  for (const rule of SECRET_RULES) {
    it(`${rule.id}: no finding carries the raw value`, () => {
      for (const code of rule.examples.bad) {
        const findings = findingsOf(rule, code, defaultLanguage(rule));
        assert.ok(findings.length > 0, `no finding for ${code.slice(0, 40)}`);
        const serialized = JSON.stringify(findings);
        const values = secretValues(rule, code);
        assert.ok(values.length > 0, 'the example has no secret value to check');
        for (const value of values) {
          assert.ok(!serialized.includes(value), `${rule.id} leaks its value in ${serialized.slice(0, 200)}`);
          // Nor any 12 characters of it past the first 4 (a public prefix of up to 8 is all a mask keeps).
          for (let i = 4; i + 12 <= value.length; i++) {
            const piece = value.slice(i, i + 12);
            if (!/\s/.test(piece)) assert.ok(!serialized.includes(piece), `${rule.id} shows 12 characters of its value`);
          }
          assert.ok(!rule.message.includes(value), `${rule.id} message contains the value`);
        }
        for (const finding of findings) assert.equal(finding.secret, true);
      }
    });
  }
});
