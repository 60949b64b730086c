// Bundles the extension (cjs, `vscode` external) and the CLI, and writes the policy JSON Schema.
// usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI starts anew for every CI run, and V8 parses all of the bundle first (when its code cache is missing or
  // stale, see src/cli/bin.ts): minified, that is about a third less to parse. Its source map keeps stack traces
  // readable. The program, cli.js, is a few lines that run it.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', minify: true, sourcemap: true },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', sourcemap: false, banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/engine/policy/json-schema.ts'], outfile: 'dist/tools/json-schema.js', sourcemap: false },
].filter((options) => fs.existsSync(options.entryPoints[0]));

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (fs.existsSync('dist/tools/json-schema.js')) {
    const { writePolicySchema } = await import('./dist/tools/json-schema.js');
    writePolicySchema('dist/policy.schema.json');
  }
}
