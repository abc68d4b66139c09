export * from './errors.js';
export * from './error-codes.js';
export * from './runner.js';
export * from './inputs.js';
export * from './input-sources.js';
export * from './context.js';
export * from './entry.js';
export * from './markdown.js';
export * from './git.js';
export { createGitHubClient, statusOf, type GitHubClient, type GitHubClientOptions } from './github.js';
export { describeApiFailure, isUnreachable } from './api-failure.js';
export {
  loadConfig,
  configSection,
  undeclaredSection,
  CONFIG_PATH,
  SCHEMA_URL,
  type ReleaseConfig,
} from './config.js';
export * from './action-inputs.js';
export * from './files.js';
export * from './child-env.js';
export * from './names.js';
export { EtagCache, useConditionalRequests, type RequestCounts, type Slimmer } from './conditional.js';
export * from './suggest.js';
export * from './cancel.js';
export * from './processes.js';
export * from './tool-installer.js';
export * from './attester.js';
export * from './glob.js';
export * from './pacing.js';
