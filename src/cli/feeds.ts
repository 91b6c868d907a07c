import { readFileSync, statSync } from 'node:fs';
import {
  CommandError,
  feedToAdd,
  handleCommand,
  importFeeds,
  MAX_OPML_BYTES,
  parseFeedUrl,
  parseOpml,
  renderOpml,
  summariseImport,
  UNUSED_FEED_REASON,
} from '../chat/command-handlers.js';
import type { Platform } from '../core/index.js';
import type { Feed, FeedLink } from '../store/index.js';
import { REMOVED_FROM_CONFIG, type CliContext } from './context.js';
import { commandDeps, operatorCaller } from './command-deps.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';
import { printReply } from './reply-text.js';

/**
 * `feeds`: the operator's full control over every workspace's feeds. Without
 * --workspace a command works on all feeds (adds shared ones); with it, as
 * that workspace would from chat (its own feeds, the shared ones listed).
 */

export interface WorkspaceOption {
  workspace?: string;
  platform?: Platform;
}

const asUsage = <T>(work: () => Promise<T>): Promise<T> =>
  work().catch((error: unknown) => {
    throw error instanceof CommandError ? new UsageError(error.message) : error;
  });

const addBackHint = (ctx: CliContext) => `add it back under \`feeds:\` in ${ctx.configPath ?? 'the config file'} to poll it again`;

/** A feed's state as the listing shows it; the config file is compared, never synced (listing changes nothing). */
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

function scopeLabel(feed: Feed, links: FeedLink[]): string {
  if (feed.shared) return feed.origin === 'config' ? 'shared, config' : 'shared';
  const owners = links.filter((link) => link.feedId === feed.id).map((link) => `${link.platform}:${link.workspaceId}`);
  return owners.length > 0 ? owners.join(',') : 'no workspace';
}

export async function listFeeds(ctx: CliContext, options: WorkspaceOption & { json: boolean }): Promise<void> {
  const store = await ctx.store();
  const caller = operatorCaller(options.workspace, options.platform);
  const feeds = caller.operator
    ? await store.listFeeds()
    : await store.listFeeds({ visibleTo: { platform: caller.platform, workspaceId: caller.workspaceId } });
  const links = await store.listFeedLinks();
  if (options.json) {
    printJsonLines(feeds.map((feed) => ({ ...feed, workspaces: links.filter((l) => l.feedId === feed.id).map(({ feedId: _id, ...link }) => link) })));
    return;
  }
  const inConfig = new Set(ctx.config.feeds.map((f) => f.url));
  const stored = new Set((await store.listFeeds()).map((f) => f.url));
  const pending = caller.operator ? ctx.config.feeds.filter((f) => !stored.has(f.url)) : [];
  if (feeds.length === 0 && pending.length === 0) {
    printLines(['No feeds yet. Add them under `feeds:` in the config file, with news-digest feeds add URL, or with /news feeds add in chat.']);
    return;
  }
  printLines([
    ...feeds.map((f) => `#${f.id}  ${f.name}  ${f.url}  [${scopeLabel(f, links)}]  last fetched ${isoOrNone(f.lastFetchedAt)}  ${stateOf(ctx, f, inConfig)}`),
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
  // From the feeds module on use: it loads the HTTP client, a DOM and a worker pool, which listing feeds does not need.
  const { reenableFeed } = await import('../feeds/index.js');
  await reenableFeed(store, id);
  printLines([`Feed #${id} enabled again; it is polled on the next run or poll.`]);
}

export async function removeFeed(ctx: CliContext, id: number, options: WorkspaceOption): Promise<void> {
  const store = await ctx.store();
  const feed = await store.getFeed(id);
  if (!feed) throw new UsageError(`There is no feed #${id}; list them with: news-digest feeds.`);
  if (feed.origin === 'config') throw new UsageError(`Feed #${id} comes from the config file; remove it there (it would be added back on the next start).`);
  if (options.workspace === undefined) {
    await store.removeFeed(id);
    return;
  }
  const caller = operatorCaller(options.workspace, options.platform);
  if (!(await store.unlinkFeed(id, { platform: caller.platform, workspaceId: options.workspace }))) {
    throw new UsageError(
      `Feed #${id} is not one of workspace ${options.workspace}'s own feeds; list them with: news-digest feeds --workspace ${options.workspace}.`,
    );
  }
  if ((await store.listFeedLinks(id)).length === 0 && !feed.shared) await store.updateFeedState(id, { enabled: false, disabledReason: UNUSED_FEED_REASON });
}

/** `feeds add URL [--name] [--workspace]`: the same checks and duplicate refusals as /news feeds add; shared with everyone without --workspace. */
export async function addFeed(ctx: CliContext, url: string, options: WorkspaceOption & { name?: string }): Promise<void> {
  const deps = await commandDeps(ctx);
  if (options.workspace !== undefined) {
    const reply = await handleCommand(
      { name: 'feeds', action: 'add', options: { url, ...(options.name ? { name: options.name } : {}) } },
      operatorCaller(options.workspace, options.platform),
      deps,
    );
    printReply(reply);
    return;
  }
  const feed = await asUsage(async () => {
    const typed = parseFeedUrl(url);
    const known = async (address: string) => {
      const existing = await deps.store.getFeedByUrl(address);
      if (existing) throw new CommandError(`That feed is already stored as #${existing.id} (${existing.name}); news-digest feeds lists it.`);
    };
    await known(typed);
    const target = await feedToAdd(typed, deps);
    if (target.url !== typed) await known(target.url);
    const name = options.name ?? target.title ?? undefined;
    return deps.store.upsertFeed({ url: target.url, origin: 'chat', addedBy: 'cli', shared: true, ...(name ? { name } : {}) }, new Date());
  });
  printLines([`Added #${feed.id}  ${feed.name}  ${feed.url}  [shared]; fetched on the next poll.`]);
}

export async function importOpmlFile(ctx: CliContext, path: string, options: WorkspaceOption & { json?: boolean }): Promise<void> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError(`Cannot read ${path}; give the path of an OPML file.`);
  }
  if (size > MAX_OPML_BYTES) throw new UsageError(`${path} is ${size} bytes; OPML files up to ${MAX_OPML_BYTES} bytes are imported, so split it.`);
  const deps = await commandDeps(ctx);
  const entries = await asUsage(async () => parseOpml(readFileSync(path, 'utf8')));
  if (entries.length === 0) throw new UsageError(`${path} lists no feeds (no outline has an xmlUrl).`);
  const caller = operatorCaller(options.workspace, options.platform);
  const workspace = caller.workspaceId === null ? null : { platform: caller.platform, workspaceId: caller.workspaceId };
  const results = await asUsage(() => importFeeds(deps, entries, { workspace, addedBy: 'cli' }));
  if (options.json) printJsonLines(results);
  else printLines([...results.map((r) => `line ${r.line}: ${r.status.padEnd(9)} ${r.url}  ${r.message}`), summariseImport(results)]);
}

export async function exportOpml(ctx: CliContext, options: WorkspaceOption): Promise<void> {
  const store = await ctx.store();
  const caller = operatorCaller(options.workspace, options.platform);
  const feeds = caller.operator
    ? await store.listFeeds()
    : await store.listFeeds({ visibleTo: { platform: caller.platform, workspaceId: caller.workspaceId } });
  const links = caller.operator ? [] : (await store.listFeedLinks()).filter((l) => l.platform === caller.platform && l.workspaceId === caller.workspaceId);
  const named = feeds.map((feed) => ({ url: feed.url, name: links.find((link) => link.feedId === feed.id)?.name ?? feed.name }));
  const title = options.workspace ? `news-digest feeds of workspace ${options.workspace}` : 'news-digest feeds';
  process.stdout.write(renderOpml(named, title, new Date()));
}
