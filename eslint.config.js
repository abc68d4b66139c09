import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Functions over 80 lines not yet split into phases (the lint below holds every other file to it). */
const LONG_FUNCTIONS = [
  'actions/announce/work.ts',
  'actions/rollback/run.ts',
  'actions/smoke-test/summary.ts',
  'actions/validate-gates/inputs.ts',
  'packages/artifacts/src/entries.ts',
  'packages/gates/src/gates/coverage.ts',
  'packages/gates/src/gates/performance.ts',
  'packages/gates/src/gates/security.ts',
  'packages/gates/src/parse/istanbul.ts',
  'packages/gates/src/parse/junit.ts',
  'packages/gates/src/parse/sarif.ts',
  'packages/notify/src/release/github-release.ts',
];

/** Files over 300 lines not yet split. */
const LONG_FILES = ['packages/kit/src/inputs.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'build/**',
      'coverage/**',
      'bench/results/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Runner I/O only in the kit: the run's GITHUB_*/RUNNER_* variables reach the logic through
    // runContext() and the kit's interfaces, never read where they are used.
    files: ['actions/**/*.ts', 'packages/**/*.ts'],
    ignores: ['packages/kit/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name='env'][property.name=/^(GITHUB|RUNNER)_/]",
          message:
            'GITHUB_* and RUNNER_* variables are read only in packages/kit (runContext and its interfaces).',
        },
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name='env'][property.value=/^(GITHUB|RUNNER)_/]",
          message:
            'GITHUB_* and RUNNER_* variables are read only in packages/kit (runContext and its interfaces).',
        },
      ],
    },
  },
  {
    // Small rooms: a function a reader can hold in mind, a file that is about one thing.
    files: ['actions/**/*.ts', 'packages/**/*.ts'],
    ignores: ['packages/kit/src/error-codes.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Still to be split into named phases; this list only shrinks.
    files: LONG_FUNCTIONS,
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: LONG_FILES,
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
