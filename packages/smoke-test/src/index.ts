/**
 * smoke-test's logic: its inputs, the plan they make (the checks to wait for,
 * then the analysis) and the work in phases. The checks themselves are
 * packages/checks'.
 */
export * from './inputs.js';
export * from './plan.js';
export * from './work.js';
