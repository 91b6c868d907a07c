export type * from './types.js';
export { StoreError, isStoreError, type StoreErrorKind } from './errors.js';
export { openSqliteStore } from './sqlite/index.js';
