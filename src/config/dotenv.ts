import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';

export const DOTENV_FILE = '.env';

let loadedFrom: string | null = null;

/**
 * Reads ./.env into process.env, once, before any command reads its environment:
 * every command sees the same variables `run` does. A variable already set in the
 * environment wins, even when it is set to a blank value; blank values count as unset.
 */
export function loadDotEnv(file = DOTENV_FILE): string | null {
  if (!existsSync(file)) return null;
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new ConfigError(
      [
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); fix its permissions, or remove it and set the variables in the environment`,
      ],
      file,
    );
  }
  loadedFrom = resolve(file);
  return loadedFrom;
}

/** The .env file this process read, if any (for check-config). */
export function dotEnvPath(): string | null {
  return loadedFrom;
}
