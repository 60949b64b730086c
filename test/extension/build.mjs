// Bundles the real-editor tests (test/extension/*.ts) to out/test/extension/, one file per suite plus the
// mocha entry. `vscode` and `mocha` stay external: the extension host provides the first, node_modules the second.
// usage: node test/extension/build.mjs
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outdir = path.join(root, 'out/test/extension');
const entryPoints = fs
  .readdirSync(here)
  .filter((name) => name === 'index.ts' || name === 'electron.ts' || /\.(test|untrusted)\.ts$/.test(name))
  .map((name) => path.join(here, name));

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
  mainFields: ['module', 'main'], // jsonc-parser's UMD main does not bundle
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} files to ${path.relative(root, outdir)}/`);
