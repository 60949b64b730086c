// Lint: typescript-eslint's recommended rules, and the dependency direction of the layout
// (the engine and the CLI never import vscode or the extension adapter).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.ci/vscode-rig/**', 'test-results/**', 'bench/.peers/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
