export * from './conventional.js';
export * from './commit-check.js';
export * from './analyse.js';
export { ChangelogEntries, GROUP_ORDER, type Group } from './entries.js';
export * from './record-stream.js';
export * from './tags.js';
export * from './next-version.js';
export * from './changelog.js';
export * from './files.js';
export * from './pull-requests.js';
export * from './plan.js';
export * from './settings.js';
export { release } from './release.js';
export * from './release-pull.js';
export * from './release-pull-body.js';
export {
  parseVersionFileSpec,
  normalisePath,
  planVersionFiles,
  detectedSpecs,
  KNOWN_FILE_LIST,
  type VersionFileSpec,
} from './version-files/index.js';
export * from './components.js';
export * from './release-components.js';
