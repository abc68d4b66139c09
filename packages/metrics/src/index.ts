/**
 * Release metrics from GitHub's own records: deployments and their statuses per
 * environment, tags, releases and the commits between them. Free of runner I/O;
 * the release-metrics action is the glue around it.
 */
export * from './types.js';
export * from './stats.js';
export * from './outcomes.js';
export * from './compute.js';
export * from './history.js';
export * from './targets.js';
export * from './charts.js';
export * from './report.js';
