export * from './commands/index.js';
export * from './discord/index.js';
export * from './console/index.js';
export * from './slack/index.js';
export * from './console/index.js';
