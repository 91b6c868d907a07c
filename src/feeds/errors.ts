import { CodedError } from '../core/errors.js';
export type FeedErrorReason =
  | 'timeout'
  | 'too_large'
  | 'private_address'
  | 'http_status'
  | 'too_many_redirects'
  | 'parse'
  | 'entity_expansion'
  | 'too_deep'
  | 'field_too_large'
  | 'dns'
  | 'network'
  | 'invalid_url'
  | 'disabled';

/** Every way fetching or parsing a feed can fail, with a code the poller stores and the CLI prints. */
export class FeedError extends CodedError {
  readonly reason: FeedErrorReason;
  /** HTTP status when reason is 'http_status'. */
  readonly status: number | null;
  /** Seconds the server asked us to wait (Retry-After on 429/503). */
  readonly retryAfterSeconds: number | null;

  constructor(reason: FeedErrorReason, message: string, details: { status?: number | null; retryAfterSeconds?: number | null; cause?: unknown } = {}) {
    super(`feed.${reason}`, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = reason;
    this.status = details.status ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError;
}
