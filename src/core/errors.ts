/**
 * One error type for every failure we expect (bad input, refused requests,
 * full disks, platform errors): a stable `code` that logs, metrics and tests
 * can rely on, and a message that is one sentence naming the problem and the
 * fix. Each layer's error (FeedError, ConfigError, StoreError, CommandError,
 * ChatDeliveryError, …) extends it with its own code and details.
 *
 * Codes are `area.reason`, lower case: `feed.timeout`, `config.invalid`,
 * `store.full`, `command.not_found`, `chat.permanent`, `cli.usage`.
 */
export class CodedError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}

/** The most a person is shown of an error we did not expect: its first line, never a stack. */
const MAX_LINE = 500;

/**
 * The text a person sees for any error: a CodedError's sentence as written
 * (a ConfigError lists one problem per line), anything else reduced to its
 * first line. Never a stack trace.
 */
export function errorLine(error: unknown): string {
  if (error instanceof CodedError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n', 1)[0]!.trim();
  return first.length > MAX_LINE ? `${first.slice(0, MAX_LINE - 1)}…` : first || (error instanceof Error ? error.name : 'unknown error');
}
