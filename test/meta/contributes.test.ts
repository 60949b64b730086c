// package.json's contributions agree with the code: every command id in commands.ts is contributed (and the
// other way round) with the "Security Coach" category, and every setting read in settings.ts is declared.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const source = (file: string) => fs.readFileSync(path.join(ROOT, 'src/extension', file), 'utf8');

describe('package.json contributions', () => {
  it('contributes exactly the command ids of commands.ts, each in the Security Coach category', () => {
    const block = /export const COMMANDS = \{([\s\S]*?)\} as const;/.exec(source('commands.ts'))![1];
    const inCode = [...block.matchAll(/'(securityCoach\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, inCode);
    for (const command of pkg.contributes.commands) assert.equal(command.category, 'Security Coach', command.command);
  });

  it('uses one casing of the command prefix everywhere', () => {
    const all = JSON.stringify(pkg.contributes);
    assert.deepEqual([...new Set(all.match(/securitycoach\.|SecurityCoach\./g) ?? [])], []);
  });

  it('declares every setting that settings.ts reads, and reads every declared one', () => {
    const text = source('settings.ts');
    const read = [...text.matchAll(/config\.get<[^>]+>\('([\w.]+)'\)/g)].map((m) => `securityCoach.${m[1]}`).sort();
    const declared = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepEqual(declared, read);
  });

  it('keeps engines.vscode and @types/vscode within what the offline rig runs (1.100)', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(?:\d|[1-9]\d|100)\.\d+$/);
    assert.match(pkg.devDependencies['@types/vscode'], /^1\.(?:\d|[1-9]\d|100)\.\d+$/);
  });

  it('declares limited support for untrusted workspaces and validates the policy file with the built schema', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.contributes.jsonValidation.map((v: { fileMatch: string | string[] }) => v.fileMatch).flat(), ['.security-coach.json']);
  });
});
