export * from './names.js';
export * from './nothing-to-sync.js';
export * from './repository.js';
export * from './pull-requests.js';
export * from './sync.js';
export * from './report.js';
