export { openSqliteStore, sqliteStore } from './store.js';
export { openDatabase, migrate, schemaVersion, type SqliteDatabase } from './database.js';
export { migrations, type Migration } from './migrations/index.js';
