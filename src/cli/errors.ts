import { ConfigError } from '../config/errors.js';
import { CodedError, errorLine } from '../core/errors.js';

/** A usage problem found by the CLI itself (bad option value, unknown id). Exit code 2. */
export class UsageError extends CodedError {
  constructor(message: string) {
    super('cli.usage', message);
  }
}

/** Exit code for an error: 2 for bad input (config, usage), 1 for everything else. */
export function exitCodeFor(error: unknown): number {
  return error instanceof ConfigError || error instanceof UsageError ? 2 : 1;
}

/** The one-line (or one-line-per-problem) message shown to the operator; never a stack trace. */
export const messageFor = errorLine;
