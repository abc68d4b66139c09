/**
 * The walls of the house, checked by `npm run lint`:
 * runner I/O only in the kit, entries never import entries, packages meet only
 * through their index.ts, and no import cycles.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle means a type or helper lives in the wrong module.',
      severity: 'error',
      from: { path: '^(actions|packages)/' },
      to: { circular: true },
    },
    {
      name: 'runner-io-only-in-kit',
      comment: 'The @actions toolkit talks to the runner; only packages/kit may use it.',
      severity: 'error',
      from: { path: '^(actions|packages)/', pathNot: '^packages/kit/' },
      to: { path: 'node_modules/@actions/' },
    },
    {
      name: 'entries-stay-apart',
      comment:
        'An entry reads inputs, calls packages and writes outputs; it never reaches into another entry.',
      severity: 'error',
      from: { path: '^actions/([^/]+)/' },
      to: { path: '^actions/', pathNot: '^actions/$1/' },
    },
    {
      name: 'packages-never-import-entries',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^actions/' },
    },
    {
      name: 'packages-meet-through-index',
      comment:
        'Another package is used through its index.ts, so its inside can change without breaking others.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: ['^packages/$1/', '^packages/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'entries-use-package-index',
      severity: 'error',
      from: { path: '^actions/' },
      to: { path: '^packages/', pathNot: '^packages/[^/]+/src/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
