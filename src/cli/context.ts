import { loadConfig, loadEnv } from '../config/index.js';
import { buildContext, type CliContext, type ContextOverrides, type GlobalOptions } from './context-base.js';

export * from './context-base.js';

/** Builds a command's context: the environment and the config file are read and checked here. */
export function createContext(globals: GlobalOptions, overrides: ContextOverrides = {}): CliContext {
  const env = overrides.env ?? loadEnv();
  const { config, path } = overrides.config ? { config: overrides.config, path: null } : loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG, env);
  return buildContext(globals, overrides, { env, config, path });
}
