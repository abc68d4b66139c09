/** Tests run TypeScript sources directly as ES modules; type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
    // GitHub's parser packages import JSON without `with { type: 'json' }`: add it (see the file).
    '/node_modules/@actions/(workflow-parser|languageservice)/dist/.+\\.js$':
      '<rootDir>/test/bench/json-import-attributes.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!@actions/(workflow-parser|languageservice)/)'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/bench/summary-reporter.cjs'],
};
