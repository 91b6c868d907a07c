import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError } from './errors.js';
import { formatIssues } from './issues.js';
import { configSchema, type Config } from './schema.js';

export const DEFAULT_CONFIG_FILE = 'news-digest.config.yaml';

/** Parses and validates config text; throws ConfigError with one line per problem. */
export function parseConfig(text: string, source = DEFAULT_CONFIG_FILE): Config {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map(
        (e) => `line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')} (fix the YAML syntax)`,
      ),
      source,
    );
  }
  const raw: unknown = document.toJS() ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error), source);
  return parsed.data;
}

/**
 * Loads the config file. A missing file is an error only when the path was given
 * explicitly; otherwise the defaults apply (a bot with no feeds yet is valid).
 */
export function loadConfig(path: string | undefined): { config: Config; path: string | null } {
  const explicit = path !== undefined;
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: parseConfig('{}'), path: null };
    throw new ConfigError(
      [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path given with --config or NEWS_DIGEST_CONFIG`],
      file,
    );
  }
  return { config: parseConfig(text, file), path: file };
}
