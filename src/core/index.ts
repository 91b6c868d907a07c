export type * from './types.js';
export * from './stories/index.js';
export * from './digest/index.js';
