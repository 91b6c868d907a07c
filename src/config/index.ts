export * from './schema.js';
export * from './logger.js';
export * from './errors.js';
export * from './load.js';
export * from './env.js';
export * from './dotenv.js';
export * from './redact.js';
export * from './defaults.js';
export { envIsEmpty, ENV_VARIABLES, type EnvVariable } from './values.js';
