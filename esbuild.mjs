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
  // The CLI starts anew for every CI run, and V8 parses all of the bundle first: minified, that is about a third
  // less to parse and some 20 ms sooner to work. Its source map keeps stack traces readable.
  // The banner runs before any regular expression does. A scan compiles a few hundred patterns and runs most of them
  // more than once: V8's default regexp tier-up compiles each one twice (bytecode on first use, then native code),
  // while compiling straight to native code costs about a tenth fewer instructions per scan (callgrind on bench's 600
  // JavaScript files). It is set here, in the program only: changing it in a process that already ran regexes (a test
  // importing the CLI's modules, the editor's shared extension host) is undefined behaviour in V8, and crashed tests.
  {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', minify: true, sourcemap: true,
    banner: { js: '#!/usr/bin/env node\n"use strict";require("node:v8").setFlagsFromString("--no-regexp-tier-up");' },
  },
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
