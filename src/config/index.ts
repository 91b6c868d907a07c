export * from './schema.js';
export * from './logger.js';
export * from './errors.js';
export * from './load.js';
export * from './env.js';
export * from './dotenv.js';
export * from './redact.js';
