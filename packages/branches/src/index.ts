export * from './names.js';
export * from './repository.js';
export * from './pull-requests.js';
export * from './sync.js';
export * from './report.js';
