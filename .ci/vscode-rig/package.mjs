// Packages the extension into a small .vsix with the rig's pinned @vscode/vsce, offline.
// Builds for production, then runs vsce in a staging copy of the repository without node_modules, .git and
// the rig (vsce globs every file before applying .vscodeignore, and the rig alone holds ~40k files).
// .vscodeignore decides what ships. usage: node .ci/vscode-rig/package.mjs  -> prints the .vsix path last.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rig = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(rig, '../..');
const vsce = path.join(rig, 'node_modules/@vscode/vsce/vsce');
if (!fs.existsSync(vsce)) execFileSync('bash', [path.join(rig, 'install.sh')], { stdio: 'inherit' });

const started = Date.now();
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const skip = new Set(['node_modules', '.git', '.ci', 'out', 'test-results', '.vscode-test']);
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-stage-'));
fs.cpSync(root, stage, {
  recursive: true,
  filter: (src) => !skip.has(path.basename(src)) && !src.endsWith('.vsix'),
});
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
delete manifest.scripts['vscode:prepublish']; // built above; the staging copy has no build tools
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));

const out = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
try {
  // vsce's secret scan flags the vendors' documented example keys that secret rules (their `examples`) and
  // lessons (bad/good fences) hold by design; the shipped files are all built from reviewed sources.
  execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-package-all-secrets', '--out', out], {
    cwd: stage, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: stage, encoding: 'utf8' }).trim().split('\n');
  console.error(`${files.length} files: ${files.join(', ')}`);
} catch {
  console.error('vsce package failed (see above)');
  process.exitCode = 1;
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
if (process.exitCode) process.exit();
console.error(`${Math.round(fs.statSync(out).size / 1024)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(out);
