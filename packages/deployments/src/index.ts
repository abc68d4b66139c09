/**
 * Deployments: strategies, the record in GitHub's Deployments API, guards,
 * rollback and tool set-up, the inputs and settings of an environment, free of
 * runner I/O. deploy-env and rollback are the thin glue around these.
 */
export * from './types.js';
export * from './payload.js';
export * from './record.js';
export * from './provider.js';
export * from './verify.js';
export * from './timeline.js';
export * from './guards.js';
export * from './lock.js';
export * from './live.js';
export * from './strategies/index.js';
export * from './rollback.js';
export * from './migration.js';
export * from './deploy.js';
export * from './tools.js';
export * from './artifacts.js';
export * from './report.js';
export * from './stale.js';
export * from './cancelled.js';
export * from './unchanged.js';
export * from './live-check.js';
export * from './environment/inputs.js';
export * from './environment/settings.js';
export * from './environment/runner.js';
