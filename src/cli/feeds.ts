import { reenableFeed } from '../feeds/index.js';
import type { Feed } from '../store/index.js';
import { REMOVED_FROM_CONFIG, type CliContext } from './context.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';

const addBackHint = (ctx: CliContext) => `add it back under \`feeds:\` in ${ctx.configPath ?? 'the config file'} to poll it again`;

function stateOf(ctx: CliContext, feed: Feed, inConfig: Set<string>): string {
  if (feed.origin === 'config' && feed.enabled && ctx.configPath !== null && !inConfig.has(feed.url)) {
    return 'no longer in the config file (stops being polled on the next run or poll)';
  }
  if (!feed.enabled && feed.disabledReason === REMOVED_FROM_CONFIG) {
    return inConfig.has(feed.url)
      ? 'back in the config file (polled again from the next run or poll)'
      : `DISABLED: ${REMOVED_FROM_CONFIG} (${addBackHint(ctx)})`;
  }
  if (!feed.enabled) return `DISABLED: ${feed.disabledReason ?? 'no reason recorded'} (re-enable with: news-digest feeds enable ${feed.id})`;
  if (feed.consecutiveFailures > 0) return `failing ×${feed.consecutiveFailures}: ${feed.lastStatus ?? ''}`;
  return feed.parseNote ? `recovered: ${feed.parseNote}` : 'ok';
}

/**
 * `feeds`: a read-only view. The config file is compared with the database but not
 * synced into it (only `run` and `poll` do that), so listing never changes a feed.
 */
export async function listFeeds(ctx: CliContext, json: boolean): Promise<void> {
  const feeds = await (await ctx.store()).listFeeds();
  const inConfig = new Set(ctx.config.feeds.map((f) => f.url));
  const stored = new Set(feeds.map((f) => f.url));
  const pending = ctx.config.feeds.filter((f) => !stored.has(f.url));
  if (json) {
    printJsonLines(feeds);
    return;
  }
  if (feeds.length === 0 && pending.length === 0) {
    printLines(['No feeds yet. Add them under `feeds:` in the config file, or with /news feeds add in chat.']);
    return;
  }
  printLines([
    ...feeds.map((f) => `#${f.id}  ${f.name}  ${f.url}  [${f.origin}]  last fetched ${isoOrNone(f.lastFetchedAt)}  ${stateOf(ctx, f, inConfig)}`),
    ...pending.map((f) => `new  ${f.name ?? f.url}  ${f.url}  [config]  in the config file, added on the next run or poll`),
  ]);
}

export async function enableFeed(ctx: CliContext, id: number): Promise<void> {
  const store = await ctx.store();
  const feed = await store.getFeed(id);
  if (!feed) throw new UsageError(`There is no feed #${id}; list them with: news-digest feeds.`);
  const outOfConfig = feed.origin === 'config' && !ctx.config.feeds.some((f) => f.url === feed.url);
  if (outOfConfig && (feed.disabledReason === REMOVED_FROM_CONFIG || ctx.configPath !== null)) {
    throw new UsageError(`Feed #${id} was taken out of the config file; ${addBackHint(ctx)}.`);
  }
  if (feed.enabled) {
    printLines([`Feed #${id} is already enabled.`]);
    return;
  }
  await reenableFeed(store, id);
  printLines([`Feed #${id} enabled again; it is polled on the next run or poll.`]);
}

export async function removeFeed(ctx: CliContext, id: number): Promise<void> {
  const store = await ctx.store();
  const feed = await store.getFeed(id);
  if (!feed) throw new UsageError(`There is no feed #${id}; list them with: news-digest feeds.`);
  if (feed.origin === 'config') throw new UsageError(`Feed #${id} comes from the config file; remove it there (it would be added back on the next start).`);
  await store.removeFeed(id);
}
