// The README's rule catalogue is generated: it must list exactly the rules and lessons that exist.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { withCatalogue } from '../../src/cli/catalogue';
import { parsePolicy } from '../../src/engine/policy/load';
import { README, currentCatalogue } from './readme-catalogue';

describe('README', () => {
  it('has an up-to-date rule catalogue (run `npm run docs`)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.equal(readme, withCatalogue(readme, currentCatalogue()));
  });

  it('names every rule', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.deepEqual(BUILTIN_RULES.filter((rule) => !readme.includes(`\`${rule.id}\``)).map((rule) => rule.id), []);
  });

  it('shows a policy example that the policy loader accepts', () => {
    const example = /```jsonc\n([\s\S]*?)```/.exec(fs.readFileSync(README, 'utf8'))![1];
    const result = parsePolicy(example, 'README.md');
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });
});
