// Lint, including the layer rules of STYLE.md: a wrong-way import fails CI instead of eroding the design.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  name: 'electron',
  message: 'Only main/electron/** and preload/index.ts may import electron: keep everything else runnable under plain Node.',
};
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not enum.' }],
    },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', '!**/preload/contract/shared.js', '!**/preload/contract/vocabulary.js', '**/renderer/**'],
              message: 'db/ is the bottom layer: of the app it imports only the pure vocabulary and helpers in preload/contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.mjs', 'test/**/*.ts'],
    ignores: ['main/electron/**', 'test/e2e/electron-app.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronOnlyInShell], patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [{ group: ['**/main/**', '**/db/**', '**/renderer/**', ...nodeBuiltins], message: 'The contract is shared by every layer: it imports only zod.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, { name: 'better-sqlite3', message: 'The renderer never knows SQL.' }, { name: 'kysely', message: 'The renderer never knows SQL.' }],
          patterns: [
            { group: ['**/main/**', '**/db/**'], message: 'The renderer reaches the gradebook only through window.proficio (preload/contract/).' },
            { group: ['**/preload/**', '!**/preload/contract/**'], message: 'Of preload/, the renderer may import only the contract.' },
            { group: nodeBuiltins, message: 'The renderer runs sandboxed in a browser: no Node modules.' },
          ],
        },
      ],
    },
  },
);
