import { redactSecretUrls } from '../../config/index.js';
import { StoreError, type StoreErrorKind } from '../errors.js';

const FIX: Record<StoreErrorKind, string> = {
  full: 'free disk space on the PostgreSQL server, then run again',
  read_only: 'point store.url or DATABASE_URL at the primary server (this one is read-only) or grant this user write access',
  busy: 'another transaction holds the lock; run again',
  io: 'check the PostgreSQL server and its disks',
  corrupt: 'restore the database from a pg_dump backup',
  unavailable: 'check that PostgreSQL runs and that store.url or DATABASE_URL is right',
};

/** SQLSTATE classes and codes, and the Node.js socket errors of an unreachable server. */
const KINDS: [RegExp, StoreErrorKind][] = [
  [/^53100$/, 'full'],
  [/^25006$/, 'read_only'],
  [/^(40P01|55P03|40001)$/, 'busy'],
  [/^58/, 'io'],
  [/^XX00[12]$/, 'corrupt'],
  [/^(08|57P|53300|3D000|28)|^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|EPIPE)$/, 'unavailable'],
];

/** An error message with any password in a postgres:// URL replaced. */
export const redact = (text: string): string => redactSecretUrls(text);

/**
 * The storage failure inside a node-postgres error, as a StoreError with one
 * sentence naming the problem and the fix; null for errors that are not about
 * storage (constraint violations and programming errors stay what they are).
 */
export function pgStoreError(error: unknown, where: string): StoreError | null {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const connectionLost = /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
  const kind = typeof code === 'string' ? KINDS.find(([pattern]) => pattern.test(code))?.[1] : connectionLost ? 'unavailable' : undefined;
  if (!kind) return null;
  const detail = redact(message).replace(/\.$/, '');
  return new StoreError(
    `Storage error: the PostgreSQL database ${where} failed (${typeof code === 'string' ? `${code}: ` : ''}${detail}); ${FIX[kind]}.`,
    kind,
    typeof code === 'string' ? code : null,
    {
      cause: error,
    },
  );
}
