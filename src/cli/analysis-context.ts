import { existsSync } from 'node:fs';
import { defaultConfig } from '../config/defaults.js';
import { DEFAULT_CONFIG_FILE, envIsEmpty } from '../config/values.js';
import { buildContext, type CliContext, type GlobalOptions } from './context-base.js';

/**
 * The context of `analyze`. With no config file and none of our environment
 * variables set there is nothing to read or check, so the defaults apply
 * without loading the YAML parser or the zod schemas (most of a short
 * analysis's start-up); otherwise it is the context every command gets.
 */
export async function createAnalysisContext(globals: GlobalOptions): Promise<CliContext> {
  if (globals.config === undefined && envIsEmpty() && !existsSync(DEFAULT_CONFIG_FILE)) {
    return buildContext(globals, {}, { env: {}, config: defaultConfig(), path: null });
  }
  const { createContext } = await import('./context.js');
  return createContext(globals);
}
