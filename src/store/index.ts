export type * from './types.js';
export { StoreError } from './errors.js';
export { openSqliteStore } from './sqlite/index.js';
