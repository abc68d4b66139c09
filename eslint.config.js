import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
    // runContext() and the kit's interfaces, never read where they are used, from process.env or
    // from an environment object passed along.
    files: ['actions/**/*.ts', 'packages/**/*.ts'],
    ignores: ['packages/kit/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // process.env.GITHUB_SHA, env.GITHUB_SHA, env['GITHUB_SHA'], const { GITHUB_SHA } = env:
        // any object's GITHUB_*/RUNNER_* member, so an environment handed around is caught too.
        ...[
          'MemberExpression[computed=false][property.name=/^(GITHUB|RUNNER)_/]',
          'MemberExpression[computed=true][property.value=/^(GITHUB|RUNNER)_/]',
          'ObjectPattern > Property[key.name=/^(GITHUB|RUNNER)_/]',
          'ObjectPattern > Property[key.value=/^(GITHUB|RUNNER)_/]',
        ].map((selector) => ({
          selector,
          message:
            'GITHUB_* and RUNNER_* variables are read only in packages/kit (runContext and its interfaces).',
        })),
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
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
