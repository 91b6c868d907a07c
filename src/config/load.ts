import { closeSync, openSync, readSync } from 'node:fs';
import { Lexer, parseDocument } from 'yaml';
import type { Env } from './env.js';
import { ConfigError } from './errors.js';
import { formatIssues } from './issues.js';
import { configSchema, type Config } from './schema.js';
import { DEFAULT_CONFIG_FILE } from './values.js';

export { DEFAULT_CONFIG_FILE } from './values.js';

/** A config file is a few kilobytes; anything near this is a mistake or an attack, and is not read whole. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Anchors plus aliases in one file. The YAML library resolves aliases in time
 * quadratic in their number (8,000 took seconds, tens of thousands minutes), so
 * they are counted with its linear lexer before the document is built.
 */
export const MAX_YAML_ANCHORS = 500;
/** How many times one alias may be expanded (the library's guard against "billion laughs"). */
const MAX_ALIAS_EXPANSIONS = 100;

function countAnchorsAndAliases(text: string): number {
  let count = 0;
  for (const token of new Lexer().lex(text)) if (token[0] === '&' || token[0] === '*') count++;
  return count;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** The YAML as plain data, or a ConfigError for syntax errors and resource limits (never an unexplained crash). */
function parseYaml(text: string, source: string): unknown {
  const anchors = countAnchorsAndAliases(text);
  if (anchors > MAX_YAML_ANCHORS) {
    throw new ConfigError(
      [`uses ${anchors} YAML anchors and aliases, more than the ${MAX_YAML_ANCHORS} allowed (a config file needs a handful; write the values out)`],
      source,
    );
  }
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigError([`cannot be parsed as YAML (${firstLine(error)}); fix the YAML syntax`], source);
  }
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map(
        (e) => `line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')} (fix the YAML syntax)`,
      ),
      source,
    );
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) ?? {};
  } catch (error) {
    // "Excessive alias count indicates a resource exhaustion attack", or a stack overflow on absurd nesting.
    throw new ConfigError([`cannot be loaded: ${firstLine(error)} (fix the anchors and aliases, or write the values out)`], source);
  }
}

/** Parses and validates config text; throws ConfigError with one line per problem. */
export function parseConfig(text: string, source = DEFAULT_CONFIG_FILE): Config {
  const raw = parseYaml(text, source);
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error), source);
  return parsed.data;
}

/** Environment settings that override the file (the container image sets them). */
export function withEnvOverrides(config: Config, env: Pick<Env, 'NEWS_DIGEST_HTTP_HOST'> | undefined): Config {
  if (!env?.NEWS_DIGEST_HTTP_HOST) return config;
  return { ...config, http: { ...config.http, host: env.NEWS_DIGEST_HTTP_HOST } };
}

/** Reads at most MAX_CONFIG_BYTES (+1 to notice more), so a huge file or an endless device is never read whole. */
function readCapped(file: string): string {
  const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
  const fd = openSync(file, 'r');
  let length = 0;
  try {
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
  } finally {
    closeSync(fd);
  }
  if (length > MAX_CONFIG_BYTES) {
    throw new ConfigError([`is larger than ${MAX_CONFIG_BYTES} bytes; a config file needs a few kilobytes (check the path given with --config)`], file);
  }
  return buffer.toString('utf8', 0, length);
}

/**
 * Loads the config file. A missing file is an error only when the path was given
 * explicitly; otherwise the defaults apply (a bot with no feeds yet is valid).
 */
export function loadConfig(path: string | undefined, env?: Pick<Env, 'NEWS_DIGEST_HTTP_HOST'>): { config: Config; path: string | null } {
  const explicit = path !== undefined;
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readCapped(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: withEnvOverrides(parseConfig('{}'), env), path: null };
    throw new ConfigError(
      [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path given with --config or NEWS_DIGEST_CONFIG`],
      file,
    );
  }
  return { config: withEnvOverrides(parseConfig(text, file), env), path: file };
}
