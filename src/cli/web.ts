import type { RequestListener } from 'node:http';
import type { WebDeps } from '../http/web/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/**
 * The dashboard's request listener when `web.enabled` is true (undefined
 * otherwise). Loaded on demand: its chart library is only needed when it runs.
 */
export async function startWebDashboard(
  ctx: CliContext,
  actions: Pick<WebDeps, 'sendDigestNow' | 'onSubscriptionsChanged'> = {},
): Promise<RequestListener | undefined> {
  if (!ctx.config.web.enabled) return undefined;
  const adminToken = ctx.env.NEWS_DIGEST_ADMIN_TOKEN;
  if (!adminToken) throw new UsageError('web.enabled is true but NEWS_DIGEST_ADMIN_TOKEN is not set: set it to a long random value (openssl rand -hex 32).');
  const { webRequestListener } = await import('../http/web/index.js');
  return webRequestListener({
    store: await ctx.store(),
    taxonomy: ctx.taxonomy,
    adminToken,
    web: ctx.config.web,
    digest: { maxStories: ctx.config.digest.maxStories, language: ctx.config.digest.language },
    timeZone: ctx.config.schedule.timezone,
    now: () => new Date(),
    logger: ctx.logger.child({ component: 'web' }),
    ...actions,
  });
}
