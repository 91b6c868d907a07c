import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sessions, CSRF tokens and the login rate limit of the dashboard. Sessions
 * live in memory: a restart logs everyone out, which for a handful of
 * operators is the safe default (no session secret to store or rotate).
 */

export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Compares secrets in constant time: both sides are hashed to equal length first, so neither length nor content leaks. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

export interface Session {
  id: string;
  /** Every form of this session carries it; a post without it is refused. */
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
  /** One message shown on the next page after an action (post/redirect/get). */
  flash?: { kind: 'ok' | 'error'; text: string } | null;
}

export interface SessionOptions {
  /** Absolute lifetime. */
  ttlMs: number;
  /** Logged out after this long without a request. */
  idleMs: number;
  /** Oldest sessions are dropped beyond this many. */
  maxSessions?: number;
  now?: () => number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly now: () => number;

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
  }

  create(): Session {
    const at = this.now();
    const session: Session = { id: randomToken(), csrf: randomToken(), createdAt: at, lastSeenAt: at };
    this.sessions.set(session.id, session);
    const max = this.options.maxSessions ?? 1000;
    while (this.sessions.size > max) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return session;
  }

  /** The live session for a cookie value, refreshed; null when unknown, expired or idle too long. */
  get(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    const at = this.now();
    if (at - session.createdAt > this.options.ttlMs || at - session.lastSeenAt > this.options.idleMs) {
      this.sessions.delete(id);
      return null;
    }
    session.lastSeenAt = at;
    return session;
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}

export interface RateLimitOptions {
  /** Failed attempts allowed per key within the window. */
  maxFailures: number;
  windowMs: number;
  /** Failed attempts allowed from everyone together within the window (guards against address rotation). */
  maxGlobalFailures: number;
  /** Keys remembered at most; the oldest are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

/** Counts failed logins per client and overall in a fixed window; a success clears the client's count. */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();
  private global = { count: 0, since: 0 };
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(key: string): number {
    const at = this.now();
    const windowEnd = (since: number) => Math.ceil((since + this.options.windowMs - at) / 1000);
    if (at - this.global.since >= this.options.windowMs) this.global = { count: 0, since: at };
    if (this.global.count >= this.options.maxGlobalFailures) return Math.max(1, windowEnd(this.global.since));
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (at - entry.since >= this.options.windowMs) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= this.options.maxFailures ? Math.max(1, windowEnd(entry.since)) : 0;
  }

  fail(key: string): void {
    const at = this.now();
    const entry = this.failures.get(key);
    if (!entry || at - entry.since >= this.options.windowMs) {
      this.failures.delete(key);
      this.failures.set(key, { count: 1, since: at });
    } else {
      entry.count += 1;
    }
    this.global.count += 1;
    const max = this.options.maxKeys ?? 10_000;
    while (this.failures.size > max) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
