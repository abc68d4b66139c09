export { runWorkflow, rerunFailedJobs, type WorkflowRequest } from './run.js';
export { evaluate, condition, interpolate, splitTemplate } from './expressions.js';
export { parseUses } from './step.js';
export type * from './types.js';
