import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, loadEnv } from '../config/index.js';
import { backupUnsupported, openSqliteStore } from '../store/index.js';
import { DEFAULT_DB, selectStore, type GlobalOptions } from './context.js';
import { UsageError } from './errors.js';
import { printLines } from './output.js';

/**
 * `backup PATH`: a consistent copy of the database while `run` keeps working
 * (SQLite's online backup; copying the file itself is unsafe in WAL mode). Opens
 * the database without migrating it and writes to PATH.partial first, so a failed
 * or interrupted backup never leaves a half file under the real name. A store on
 * PostgreSQL (store.url, DATABASE_URL) is refused with one line naming pg_dump.
 */
export async function backupCommand(globals: GlobalOptions, destination: string): Promise<void> {
  const env = loadEnv();
  if (globals.db === undefined && selectStore(globals, loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG, env).config, env).engine === 'postgres')
    throw backupUnsupported();
  const source = globals.db ?? env.NEWS_DIGEST_DB ?? DEFAULT_DB;
  if (!existsSync(source)) throw new UsageError(`There is no database at ${source}: name the one \`run\` uses with --db or NEWS_DIGEST_DB.`);
  if (resolve(source) === resolve(destination)) throw new UsageError('The backup must go to another file than the database itself.');
  if (existsSync(destination)) throw new UsageError(`${destination} already exists: back up to a new file name (a backup never overwrites).`);
  mkdirSync(dirname(resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const store = openSqliteStore(source, { migrate: false });
  try {
    await store.backup(partial);
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await store.close();
  }
  const megabytes = (statSync(destination).size / 1024 / 1024).toFixed(1);
  printLines([`Backed up ${source} to ${destination} (${megabytes} MB, integrity checked). To restore: stop news-digest, then copy it over ${source}.`]);
}
