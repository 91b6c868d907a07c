export { openPostgresStore, describeUrl, type PostgresOptions } from './store.js';
export { migrate, schemaVersion, MIGRATION_LOCK } from './migrate.js';
export { migrations } from './migrations/index.js';
export { toTsQueryText } from './search.js';
