// A corpus of hostile policy files: each gives a clear, located error or a safe refusal; none crashes or
// hangs, nothing pollutes prototypes, and the caller keeps its last good policy.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile, parsePolicy, type PolicyLoadResult } from '../../src/engine/policy/load';
import { DEFAULT_POLICY, type Policy } from '../../src/engine/policy/schema';
import { scan } from '../../src/engine/scanner';
import { tempDir } from '../temp-dirs';

const DIR = path.join(__dirname, '../fixtures/hostile-policies');
const EXPECTED: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/hostile-policies.expected.json'), 'utf8'));

/** What an editor or CI does with a reload: adopt a valid policy, otherwise keep the last good one. */
function nextPolicy(lastGood: Policy, result: PolicyLoadResult): Policy {
  return result.ok ? result.policy : lastGood;
}

describe('hostile policy corpus', () => {
  const workspace = tempDir('hostile-');
  const lastGood: Policy = { ...DEFAULT_POLICY, rules: { 'js.eval-call': 'info' } };

  it('has at least 30 files, each with an expected error', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 30, `${files.length} files`);
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: refused with "${expected}"`, () => {
      const policyFile = path.join(workspace, name);
      fs.copyFileSync(path.join(DIR, name), policyFile);
      const result = loadPolicyFile(policyFile, { workspaceRoot: workspace });
      assert.equal(result.ok, false, 'expected a refusal');
      if (result.ok) return;
      assert.ok(result.errors.some((e) => e.message.includes(expected)), result.errors.map((e) => e.message).join(' | '));
      const text = fs.readFileSync(policyFile, 'utf8');
      for (const e of result.errors) {
        assert.equal(e.file, policyFile);
        assert.ok(e.line >= 1 && e.column >= 1 && e.offset >= 0 && e.offset <= text.length, `bad location ${JSON.stringify(e)}`);
      }
      const kept = nextPolicy(lastGood, result);
      assert.equal(kept, lastGood);
      assert.equal(scan('eval(req.body.x)', { languageId: 'javascript' }, kept)[0].severity, 'info');
    });
  }

  it('an oversized file is refused before it is parsed', () => {
    const result = parsePolicy(`{ "$schema": "${'x'.repeat(1_100_000)}" }`, 'big.json');
    assert.ok(!result.ok && /over 1000000 bytes/.test(result.errors[0].message));
  });

  it('a lessons folder reached through a symbolic link out of the workspace is refused', () => {
    const outside = tempDir('outside-');
    fs.symlinkSync(outside, path.join(workspace, 'team-lessons'));
    const result = parsePolicy('{ "lessonsDir": "team-lessons" }', path.join(workspace, '.security-coach.json'), { workspaceRoot: workspace });
    assert.ok(!result.ok && /outside the workspace/.test(result.errors[0].message));
  });

  it('no prototype was polluted by any of them', () => {
    assert.equal(({} as Record<string, unknown>).minSeverity, undefined);
    assert.equal(({} as Record<string, unknown>).prototype, undefined);
    assert.equal(Object.getPrototypeOf({}), Object.prototype);
  });
});
