import type { Logger } from '../config/index.js';

/** Something that stops within a grace period (the scheduler). */
export interface Stoppable {
  stop(graceMs: number): Promise<{ drained: boolean }>;
}

/** Something closed after the scheduler (HTTP server, chat gateway, store). */
export interface Closable {
  name: string;
  close(): void | Promise<void>;
}

export interface ShutdownOptions {
  scheduler: Stoppable;
  /** Closed in order after the scheduler stopped; put the store last. */
  closables: Closable[];
  graceMs: number;
  logger: Logger;
  /** Default process.exit; tests pass their own. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
  /**
   * A repeat within this long of the first signal is the same request delivered
   * twice (Ctrl-C under `npm start` reaches node from the terminal and again from
   * npm), not a second one. Default 1 s.
   */
  repeatWindowMs?: number;
}

/**
 * SIGTERM / SIGINT: stop the scheduler and let in-flight deliveries finish
 * within the grace period, close the rest, exit 0. A second signal exits at once
 * with 130 (a repeat within `repeatWindowMs` counts as the same one). Returns the
 * shutdown function so the CLI can call it too.
 */
export function installGracefulShutdown(options: ShutdownOptions): () => Promise<number> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let shuttingDown: Promise<number> | null = null;
  let firstSignalAt = 0;

  const shutdown = (): Promise<number> => {
    shuttingDown ??= (async () => {
      const { logger } = options;
      logger.info({ graceMs: options.graceMs }, 'shutting down');
      let code = 0;
      const { drained } = await options.scheduler.stop(options.graceMs);
      if (!drained) logger.warn('grace period over with deliveries still in flight; their parts stay pending and are re-sent on the next start');
      for (const closable of options.closables) {
        try {
          await closable.close();
        } catch (error) {
          code = 1;
          logger.error({ component: closable.name, err: error instanceof Error ? error.message : String(error) }, 'could not close cleanly');
        }
      }
      logger.info({ code }, 'stopped');
      return code;
    })();
    return shuttingDown;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown && firstSignalAt > 0 && Date.now() - firstSignalAt < (options.repeatWindowMs ?? 1000)) return;
    if (shuttingDown) {
      options.logger.warn({ signal }, 'second signal: exiting now');
      exit(130);
      return;
    }
    firstSignalAt = Date.now();
    options.logger.info({ signal }, 'signal received');
    void shutdown().then(exit);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return shutdown;
}
