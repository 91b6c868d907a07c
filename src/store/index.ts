export type * from './types.js';
export { StoreError, isStoreError, backupUnsupported, BACKUP_UNSUPPORTED, type StoreErrorKind } from './errors.js';
export { REMOVED_FROM_CONFIG, UNUSED_FEED_REASON } from './feed-reasons.js';
export { openSqliteStore } from './sqlite/index.js';
export { openStore, type StoreTarget, type OpenStoreOptions } from './open.js';
