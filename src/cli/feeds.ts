import { reenableFeed } from '../feeds/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';

export async function listFeeds(ctx: CliContext, json: boolean): Promise<void> {
  const feeds = await (await ctx.store()).listFeeds();
  if (json) {
    printJsonLines(feeds);
    return;
  }
  if (feeds.length === 0) {
    printLines(['No feeds yet. Add them under `feeds:` in the config file, or with /news feeds add in chat.']);
    return;
  }
  printLines(
    feeds.map((f) => {
      const state = f.enabled
        ? f.consecutiveFailures > 0
          ? `failing ×${f.consecutiveFailures}: ${f.lastStatus ?? ''}`
          : 'ok'
        : `DISABLED: ${f.disabledReason ?? 'no reason recorded'} (re-enable with: news-digest feeds enable ${f.id})`;
      return `#${f.id}  ${f.name}  ${f.url}  [${f.origin}]  last fetched ${isoOrNone(f.lastFetchedAt)}  ${state}`;
    }),
  );
}

export async function enableFeed(ctx: CliContext, id: number): Promise<void> {
  const store = await ctx.store();
  if (!(await store.getFeed(id))) throw new UsageError(`There is no feed #${id}; list them with: news-digest feeds.`);
  await reenableFeed(store, id);
}

export async function removeFeed(ctx: CliContext, id: number): Promise<void> {
  const store = await ctx.store();
  const feed = await store.getFeed(id);
  if (!feed) throw new UsageError(`There is no feed #${id}; list them with: news-digest feeds.`);
  if (feed.origin === 'config') throw new UsageError(`Feed #${id} comes from the config file; remove it there (it would be added back on the next start).`);
  await store.removeFeed(id);
}
