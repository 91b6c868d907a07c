import { createRequire } from 'node:module';
import type { DestinationStream, Logger } from 'pino';
import { redactSecretUrls } from './redact.js';

type Pino = typeof import('pino');
let loaded: Pino | null = null;

/**
 * pino, loaded when the first logger is made, so a command that never logs
 * (`--help`, `analyze`) does not load it. It is a CommonJS module: require
 * gives the same instance an import would.
 */
const pinoModule = (): Pino => (loaded ??= createRequire(import.meta.url)('pino') as Pino);

export type { Logger };

/** Paths that may carry secrets; pino replaces them before anything is written. */
const REDACT = [
  'token',
  'secret',
  'password',
  'authorization',
  '*.token',
  '*.secret',
  '*.password',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'webhookUrl',
  '*.webhookUrl',
];

/**
 * Path redaction cannot see a webhook URL inside an error message or a nested
 * object, so every finished line is scrubbed as well before it is written.
 */
function scrubbing(destination: NodeJS.WritableStream | DestinationStream): DestinationStream {
  return {
    write: (line: string) => destination.write(redactSecretUrls(line)),
    ...('flushSync' in destination && typeof destination.flushSync === 'function' ? { flushSync: () => (destination.flushSync as () => void)() } : {}),
  } as DestinationStream;
}

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const { pino } = pinoModule();
  return pino(
    {
      name: 'news-digest',
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
      base: undefined,
    },
    scrubbing(options.destination ?? pino.destination({ dest: 2, sync: true })),
  );
}

/** A logger that writes nothing, for tests and benchmarks. */
export function silentLogger(): Logger {
  return pinoModule().pino({ level: 'silent' });
}
