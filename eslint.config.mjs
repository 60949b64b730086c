// Lint: typescript-eslint's recommended rules, and the dependency direction of the layout
// (the engine and the CLI never import vscode or the extension adapter).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Fixtures and the demo workspace are deliberately insecure sample code, not project code.
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.ci/vscode-rig/node_modules/**', 'test-results/**', 'bench/peers/**', 'bench/probe/**', 'bench/.*', 'test/fixtures/**', 'test/extension/workspace*/**', 'demo/workspace/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['media/**/*.js'],
    languageOptions: { globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly' } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', window: 'readonly', navigator: 'readonly', document: 'readonly' } },
  },
  {
    files: ['src/engine/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The engine and CLI are editor-independent: no vscode imports.' }],
          patterns: [{ group: ['**/extension', '**/extension/**'], message: 'The engine and CLI never import the VS Code adapter.' }],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The engine is pure: no vscode imports.' }],
          patterns: [{ group: ['**/extension', '**/extension/**', '**/cli', '**/cli/**'], message: 'The engine never imports the adapters.' }],
        },
      ],
    },
  },
);
