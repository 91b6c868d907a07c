import { loadConfig, loadEnv } from '../config/index.js';
import type { GlobalOptions } from './context.js';
import { UsageError } from './errors.js';

/**
 * `healthcheck`: exit 0 when the running bot answers GET /healthz on the port the
 * config gives (`http.port`, `http.host`), 1 otherwise. The Docker HEALTHCHECK runs
 * it, so the check follows the config instead of a hard-coded 8080.
 */
export async function healthcheck(globals: GlobalOptions, options: { timeoutSeconds: number }): Promise<void> {
  const env = loadEnv();
  const { config } = loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG);
  const { port } = config.http;
  if (port === 0) throw new UsageError('http.port is 0 (any free port), so there is no fixed port to check: set http.port in the config.');
  const host = ['0.0.0.0', '::', ''].includes(config.http.host) ? '127.0.0.1' : config.http.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
  let status: number;
  try {
    status = (await fetch(url, { signal: AbortSignal.timeout(options.timeoutSeconds * 1000) })).status;
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new Error(`Nothing answered ${url} (${reason}): is news-digest run up, with this config?`);
  }
  if (status !== 200) throw new Error(`${url} answered ${status}, not 200.`);
  process.stdout.write(`ok: ${url}\n`);
}
