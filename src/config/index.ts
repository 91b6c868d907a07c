export * from './schema.js';
export * from './logger.js';
