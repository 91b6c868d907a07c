import type { Platform } from '../core/index.js';

/** Why a chat adapter could not start: the platform refused the credentials, or could not be reached. */
export type AdapterStartFailure = 'rejected' | 'unreachable' | 'timeout';

/**
 * A chat adapter that cannot start. The message is one sentence naming what to
 * fix; `run` stops with exit code 1 on it (or, in degraded mode, reports it on /readyz).
 */
export class AdapterStartError extends Error {
  readonly code = 'chat_start_failed';
  constructor(
    readonly platform: Platform,
    readonly failure: AdapterStartFailure,
    message: string,
  ) {
    super(message);
    this.name = 'AdapterStartError';
  }
}

/** The system error code behind a failed request (ECONNREFUSED, ENOTFOUND, …), or its message. */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Tries `attempt` up to `attempts` times, waiting 0.5 s, 1 s, 2 s … between tries while `retry(error)` says so. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  options: { attempts: number; retry: (error: unknown) => boolean; baseDelayMs?: number },
): Promise<T> {
  let lastError: unknown;
  for (let tryNumber = 1; tryNumber <= options.attempts; tryNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      if (!options.retry(error) || tryNumber === options.attempts) break;
      await new Promise((resolve) => setTimeout(resolve, (options.baseDelayMs ?? 500) * 2 ** (tryNumber - 1)));
    }
  }
  throw lastError;
}
