import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers and who may import whom (docs/architecture.md): each entry forbids a folder's files to
 * import the named folders. Relative imports only exist inside the repository, so a pattern on the
 * path after the leading `../` steps names the folder a file reaches into.
 */
const layers = [
  {
    files: ['server/domain/**', 'server/runtime.ts'],
    forbidden: ['graphql', 'realtime', 'http', 'app', 'index'],
  },
  { files: ['server/db/**'], forbidden: ['domain', 'graphql', 'realtime', 'http', 'auth', 'events'] },
  { files: ['server/auth/**'], forbidden: ['domain', 'graphql', 'realtime', 'http'] },
  { files: ['server/events/**'], forbidden: ['domain', 'graphql', 'realtime', 'http', 'db', 'auth'] },
  { files: ['server/graphql/**'], forbidden: ['realtime', 'http'] },
  { files: ['server/realtime/**'], forbidden: ['graphql', 'http'] },
  { files: ['server/http/**'], forbidden: ['graphql', 'realtime'] },
  { files: ['common/**'], forbidden: ['server', 'client'] },
  { files: ['client/**'], forbidden: ['server'] },
];

const layerRules = layers.map(({ files, forbidden }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
            message: `${files[0]} may not import ${forbidden.join(', ')} (see docs/architecture.md).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.tools/',
      'data/',
      'client/dist/',
      'dist/',
      'client/src/gql/',
      'tests/support/gql/',
      'server/graphql/__generated__/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerRules,
  {
    files: ['scripts/**', 'bench/**', 'seeds/**', 'server/db/standalone.ts'],
    rules: { 'no-console': 'off' },
  },
);
