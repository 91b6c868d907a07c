import { CodedError } from '../core/errors.js';
/**
 * Why the storage failed, the same for every engine: SQLite's SQLITE_FULL and
 * PostgreSQL's 53100 are both 'full'. The poller stops on any of them without
 * blaming a feed.
 */
export type StoreErrorKind = 'full' | 'read_only' | 'busy' | 'io' | 'corrupt' | 'unavailable';

/** A store that cannot be opened, migrated or written. */
export class StoreError extends CodedError {
  constructor(
    message: string,
    readonly kind: StoreErrorKind = 'unavailable',
    /** The engine's own code, e.g. SQLITE_FULL. */
    readonly engineCode: string | null = null,
    options?: ErrorOptions,
  ) {
    super(`store.${kind}`, message, options);
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;

const FIX: Record<StoreErrorKind, string> = {
  full: 'free disk space (or raise the database size limit), then run again',
  read_only: 'check that the database file and its folder are writable by this user, and the --db path',
  busy: 'another process holds the database lock: stop the other news-digest process using this file',
  io: 'check the disk and the file system the database lives on',
  corrupt: 'restore the database from a backup',
  unavailable: 'check the database',
};

const SQLITE_KINDS: [RegExp, StoreErrorKind][] = [
  [/^SQLITE_FULL/, 'full'],
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_(IOERR|CANTOPEN|PERM)/, 'io'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'corrupt'],
];

/**
 * The storage failure inside an SQLite error, as a StoreError with one sentence
 * naming the problem and the fix; null for errors that are not about storage
 * (constraint violations and programming errors stay what they are).
 */
export function sqliteStoreError(error: unknown, where: string): StoreError | null {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const kind = SQLITE_KINDS.find(([pattern]) => pattern.test(code))?.[1];
  if (!kind) return null;
  const detail = error instanceof Error ? error.message : code;
  return new StoreError(`Storage error: the database ${where} failed (${code}: ${detail}); ${FIX[kind]}.`, kind, code, { cause: error });
}

/** Why `backup` refuses a PostgreSQL store: one sentence naming the tool to use instead. */
export const BACKUP_UNSUPPORTED =
  'The backup command copies SQLite files only: back up a PostgreSQL database with pg_dump (for example pg_dump --format=custom --file=news-digest.dump "$DATABASE_URL").';

export const backupUnsupported = (): CodedError => new CodedError('store.backup_unsupported', BACKUP_UNSUPPORTED);
