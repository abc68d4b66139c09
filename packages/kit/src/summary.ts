/**
 * The job summary writer, @actions/core's own. Its module reads `fs.promises` (streams,
 * readline, string_decoder) as it loads, so runner.ts imports this file on the first summary
 * written rather than at start: a step that fails on its inputs never pays for it.
 */
export { summary } from '../../../node_modules/@actions/core/lib/summary.js';
