export type * from './types.js';
export { StoreError, isStoreError, type StoreErrorKind } from './errors.js';
export { REMOVED_FROM_CONFIG, UNUSED_FEED_REASON } from './feed-reasons.js';
export { openSqliteStore } from './sqlite/index.js';
