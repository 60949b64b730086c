// Bundles the extension (cjs, `vscode` external) and the CLI, and writes the policy JSON Schema.
// usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The source with each String.raw`…` written as the string it makes: its raw parts, quoted, joined with its
 * substitutions (String() of each, as String.raw converts them). V8 keeps all of a script's template objects in one
 * list, searched when a tagged template is first evaluated; the 2,000-odd rule patterns written with String.raw made
 * that quadratic, some 8 ms of every start of the CLI (and of the extension). Line breaks are kept, for source maps.
 */
export function rawTemplatesAsStrings(source, fileName) {
  // Required, not imported: an import of CommonJS scans all of typescript.js for its exports first (~0.5 s).
  const ts = createRequire(import.meta.url)('typescript');
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const isRawTemplate = (node) => ts.isTaggedTemplateExpression(node) && !node.typeArguments && node.tag.getText(file) === 'String.raw';
  // The text of source[from, node.end) with the raw templates in it rewritten.
  const rewritten = (node, from) => {
    if (isRawTemplate(node)) return asString(node);
    let text = '';
    let at = from;
    const visit = (child) => {
      if (isRawTemplate(child)) {
        text += source.slice(at, child.getStart(file)) + asString(child);
        at = child.end;
      } else {
        ts.forEachChild(child, visit);
      }
    };
    ts.forEachChild(node, visit);
    return text + source.slice(at, node.end);
  };
  // A raw part: the source text between its delimiters, with CR LF and CR read as LF, as the language does.
  const quoted = (part) => JSON.stringify(part.rawText.replace(/\r\n?/g, '\n'));
  const asString = (tagged) => {
    const template = tagged.template;
    const parts = ts.isNoSubstitutionTemplateLiteral(template)
      ? [quoted(template)]
      : [quoted(template.head), ...template.templateSpans.flatMap((span) => [`String(${rewritten(span.expression, span.expression.getStart(file))})`, quoted(span.literal)])];
    const text = `(${parts.join(' + ')})`;
    const lineBreaks = (value) => value.match(/\r\n?|[\n\u2028\u2029]/g)?.length ?? 0;
    return text + '\n'.repeat(lineBreaks(source.slice(tagged.getStart(file), tagged.end)) - lineBreaks(text));
  };
  return rewritten(file, 0);
}

/** Rewritten sources by file, shared by the builds, which load the same rule files at once. */
const rewrittenSources = new Map();

/** esbuild plugin: the project's TypeScript sources with rawTemplatesAsStrings applied. */
const rawTemplatesPlugin = {
  name: 'raw-templates-as-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path: file }) => {
      const source = await fs.promises.readFile(file, 'utf8');
      if (!source.includes('String.raw`')) return undefined;
      let entry = rewrittenSources.get(file);
      if (entry?.source !== source) rewrittenSources.set(file, (entry = { source, contents: rawTemplatesAsStrings(source, file) }));
      return { contents: entry.contents, loader: 'ts' };
    });
  },
};

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
  plugins: [rawTemplatesPlugin],
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

// Builds when run, not when a test imports rawTemplatesAsStrings.
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain && watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else if (isMain) {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (fs.existsSync('dist/tools/json-schema.js')) {
    const { writePolicySchema } = await import('./dist/tools/json-schema.js');
    writePolicySchema('dist/policy.schema.json');
  }
}
