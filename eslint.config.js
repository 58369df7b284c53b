// Lint, including the layer rules of STYLE.md: a wrong-way import fails CI instead of eroding the design.
// Every rule below has a probe in test/integration/layer-rules.test.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  name: 'electron',
  message: 'Only main/electron/** and preload/index.ts may import electron: keep everything else runnable under plain Node.',
};
const noSql = [
  { name: 'better-sqlite3', message: 'Only db/ talks to SQLite.' },
  { name: 'kysely', message: 'Only db/ talks to SQLite.' },
];
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net', 'util', 'url', 'stream'];

/**
 * Nothing leaves the machine: of the app's code only the harness's loopback server (main/harness) and
 * the Electron shell may import a network module (test/integration/no-network.test.ts walks the
 * worker's and the CLI's imports for the same thing). Tests may (the e2e recording proxy).
 */
const noNetwork = ['http', 'https', 'net', 'dgram', 'tls', 'http2', 'dns']
  .flatMap((name) => [name, `node:${name}`])
  .concat(['undici'])
  .map((name) => ({ name, message: 'Nothing leaves the machine: only main/harness (its loopback server) and main/electron may import network modules.' }));

/** The school hub's PostgreSQL client opens sockets too: only main/hub/ may import it (issue 14). */
const noPostgres = [{ name: 'pg', message: 'Only main/hub/ talks to the school hub: reach PostgreSQL through its services.' }];

const noRenderer = { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' };
const noDb = (who) => ({ group: ['**/db/**'], message: `${who} never imports db/: the database is reached through the services of main/<capability>/.` });

/** The capabilities: one folder each in main/, renderer/src/ and one contract file in preload/contract/. */
const capabilities = ['gradebook', 'learners', 'standards', 'scales', 'import', 'paths', 'groups', 'reports'];

/** One `no-restricted-imports` per file: flat config replaces a rule's options, it does not merge them. */
const restrict = (files, { ignores = [], paths = [], patterns = [], electron = false, network = electron, postgres = false }) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { paths: [...(electron ? [] : [electronOnlyInShell]), ...(network ? [] : noNetwork), ...(postgres ? [] : noPostgres), ...paths], patterns }],
  },
});

const rendererRules = {
  paths: [
    { name: 'better-sqlite3', message: 'The renderer never knows SQL.' },
    { name: 'kysely', message: 'The renderer never knows SQL.' },
  ],
  patterns: [
    { group: ['**/main/**', '**/db/**'], message: 'The renderer reaches the gradebook only through window.proficio (preload/contract/).' },
    { regex: '(^|/)preload/(?!contract/)', message: 'Of preload/, the renderer may import only the contract.' },
    { group: nodeBuiltins, message: 'The renderer runs sandboxed in a browser: no Node modules.' },
  ],
};

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

  // db/ is the bottom layer
  restrict(['db/**/*.ts'], {
    ignores: ['db/**/*.test.ts'],
    patterns: [
      { group: ['**/main/**', '**/renderer/**'], message: 'db/ is the bottom layer: it imports nothing of main/ or the renderer.' },
      // the contract is pure (zod and types): the shapes db returns are the contract's, written once
      { regex: '(^|/)preload/(?!contract/)', message: 'Of preload/, db/ may import only the contract (preload/contract/), which is pure.' },
    ],
  }),

  // main/: runs under plain Node; only the shell knows Electron
  restrict(['main/**/*.ts', 'main/**/*.mjs', 'test/**/*.ts'], {
    ignores: ['main/electron/**', 'test/e2e/electron-app.spec.ts'],
    patterns: [noRenderer],
  }),

  // the harness serves on loopback, and tests may open sockets (the e2e recording proxy): no network rule
  restrict(['main/harness/**/*.ts', 'test/**/*.ts'], { ignores: ['test/e2e/electron-app.spec.ts'], network: true, postgres: true, patterns: [noRenderer] }),

  // the school hub's client: PostgreSQL through pg, and still no other network module
  restrict(['main/hub/**/*.ts'], { postgres: true, patterns: [noRenderer] }),

  // the shell talks to the worker, never to the database
  restrict(['main/electron/**/*.ts'], { ignores: ['main/electron/**/*.test.ts'], electron: true, patterns: [noRenderer, noDb('The Electron shell')] }),

  // the import readers turn files into packages; only import/commit writes them
  restrict(['main/import/**/*.ts'], {
    ignores: ['main/import/commit/**', 'main/import/handlers.ts', 'main/import/**/*.test.ts'],
    patterns: [noRenderer, noDb('An import reader')],
  }),

  // pure domain code: no database, no Node, no Electron, no services
  restrict(['main/*/domain/**/*.ts'], {
    ignores: ['main/*/domain/**/*.test.ts'],
    paths: noSql,
    patterns: [
      noRenderer,
      noDb('Domain code'),
      { group: nodeBuiltins, message: 'Domain code is pure: no Node modules (it runs anywhere, including the renderer one day).' },
      { regex: '^\\.\\./(?!\\.\\./)', message: "Domain code is pure: it may not import its capability's services." },
      { regex: '^\\.\\./\\.\\./(?!\\.\\./)[^/]+/(?!domain/)', message: "Domain code is pure: of another capability it may import only the domain." },
      { group: ['**/main/electron/**', '**/main/worker/**', '**/main/cli/**', '**/main/harness/**'], message: 'Domain code is pure: no infrastructure.' },
    ],
  }),

  // the contract is shared by every layer
  restrict(['preload/contract/**/*.ts'], {
    patterns: [{ group: ['**/main/**', '**/db/**', '**/renderer/**', ...nodeBuiltins], message: 'The contract is shared by every layer: it imports only zod.' }],
  }),

  // the renderer
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  restrict(['renderer/**/*.{ts,tsx}'], rendererRules),
  // a section reaches another only through the shared folders (ui, session, bridge, format) and the contract
  ...capabilities.map((capability) =>
    restrict([`renderer/src/${capability}/**/*.{ts,tsx}`], {
      paths: rendererRules.paths,
      patterns: [
        ...rendererRules.patterns,
        {
          group: capabilities.filter((other) => other !== capability).flatMap((other) => [`../${other}/*`, `../../${other}/*`]),
          message: `renderer/src/${capability} may import another section only through ui/, session/, bridge/, format/ and the contract.`,
        },
        { group: ['../shell/*', '../../shell/*'], message: 'Sections never import the shell; the shell imports them.' },
      ],
    }),
  ),
);
