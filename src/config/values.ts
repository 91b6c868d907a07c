/**
 * Values the config schema shares with the CLI and the /news option descriptions,
 * kept free of zod so those can be read at start-up without loading the schema.
 */

export const isValidTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** `run --role`: which parts of the bot a process runs (see docs/scaling.md). */
export const RUN_ROLES = ['all', 'poller', 'deliverer', 'gateway'] as const;
export type RunRole = (typeof RUN_ROLES)[number];
