export * from './jobs.js';
export * from './story.js';
export * from './render.js';
