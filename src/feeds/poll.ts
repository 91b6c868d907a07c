import { createHash } from 'node:crypto';
import type { ArticleAnalysis, ArticleText } from '../core/index.js';
import type { FetchConfig, FullTextConfig, Logger } from '../config/index.js';
import type { Feed, FeedStatePatch, Store } from '../store/index.js';
import { isStoreError, type StoreError } from '../store/errors.js';
import type { AddressGuardOptions } from './address-guard.js';
import { nextAttemptAt } from './backoff.js';
import { FeedError, type FeedErrorReason } from './errors.js';
import { createFetchAgent, fetchResource } from './fetch.js';
import { createFullTextExtractor, fullTextLimits } from './full-text-pool.js';
import { HostLimiter } from './host-limiter.js';
import { distinctItems, prepareItem, savePrepared, type IngestContext, type PreparedItem } from './ingest.js';
import { isEmptyItem } from './item-fields.js';
import { parseFeed } from './parse.js';

export interface PollDeps {
  store: Store;
  fetch: FetchConfig;
  logger: Logger;
  now: () => Date;
  /** Core's analyzeArticle bound to the taxonomy. */
  analyze: (input: ArticleText) => ArticleAnalysis;
  /** Accepted for callers that pass it; `analyze` already carries the taxonomy. */
  taxonomy?: unknown;
  /** Milliseconds to wait before fetching a feed, so feeds are not all fetched at once. Tests pass () => 0. */
  jitterMs?: (feed: Feed) => number;
  /** Bounds on article pages fetched for full text (config `fullText`); defaults when absent. */
  fullText?: FullTextConfig;
  /** Replaces DNS (tests). */
  resolve?: AddressGuardOptions['resolve'];
  /** Replaces the private-address test (tests only; see AddressGuardOptions). */
  isBlockedAddress?: AddressGuardOptions['isBlockedAddress'];
}

export interface PollOptions {
  feedIds?: number[];
  /** Fetch even feeds that are backing off (operator asked for them by id). */
  ignoreBackoff?: boolean;
}

export type PollOutcome = 'new' | 'unchanged' | 'not_modified' | 'failed' | 'skipped';

export interface PollReport {
  feedId: number;
  url: string;
  name: string;
  outcome: PollOutcome;
  newArticles: number;
  updatedArticles: number;
  /** Failure reason (or why the feed was skipped), one line. */
  error: string | null;
  articleIds: number[];
  /** Whether the body was parsed (false for 304s and unchanged bodies). */
  parsed: boolean;
  /** Items dropped as broken, each logged with its reason. */
  skippedItems: number;
  /** Set when the body was not well-formed and the forgiving parser read it: the first error. */
  recovered?: string | null;
  /** Set when this failure disabled the feed. */
  disabled?: boolean;
}

/** Spreads a cycle's fetches over a few seconds by default. */
const DEFAULT_MAX_JITTER_MS = 3_000;
/** Requests in flight across all hosts. */
const TOTAL_CONCURRENCY = 16;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function emptyReport(feed: Pick<Feed, 'id' | 'url' | 'name'>, outcome: PollOutcome, error: string | null = null): PollReport {
  return {
    feedId: feed.id,
    url: feed.url,
    name: feed.name,
    outcome,
    newArticles: 0,
    updatedArticles: 0,
    error,
    articleIds: [],
    parsed: false,
    skippedItems: 0,
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function selectFeeds(store: Store, feedIds: number[] | undefined): Promise<Feed[]> {
  if (!feedIds) return store.listFeeds();
  const feeds = await Promise.all(feedIds.map((id) => store.getFeed(id)));
  return feeds.filter((feed): feed is Feed => feed !== null);
}

function failureState(feed: Feed, error: FeedError, now: Date, maxFailures: number): FeedStatePatch {
  const failures = feed.consecutiveFailures + 1;
  const line = `${error.reason}: ${error.message}`;
  const patch: FeedStatePatch = {
    lastFetchedAt: now,
    lastStatus: `failed ${line}`,
    consecutiveFailures: failures,
    nextFetchAt: nextAttemptAt(now, failures, error.retryAfterSeconds),
  };
  if (failures >= maxFailures) {
    patch.enabled = false;
    patch.disabledReason = `disabled after ${failures} consecutive failures; last: ${line}`;
  }
  return patch;
}

function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('network' satisfies FeedErrorReason, `unexpected failure: ${message}`, { cause: error });
}

async function pollFeed(deps: PollDeps, context: IngestContext, feed: Feed): Promise<PollReport> {
  const now = context.now;
  const fetched = await fetchResource(feed.url, {
    ...deps.fetch,
    etag: feed.etag,
    lastModified: feed.lastModified,
    dispatcher: context.dispatcher,
    resolve: deps.resolve,
    isBlockedAddress: deps.isBlockedAddress,
  });
  const okState: FeedStatePatch = {
    lastFetchedAt: now,
    consecutiveFailures: 0,
    nextFetchAt: null,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
  if (fetched.status === 'not_modified') {
    await deps.store.updateFeedState(feed.id, { ...okState, lastStatus: 'not modified' });
    return emptyReport(feed, 'not_modified');
  }
  const bodyHash = createHash('sha256').update(fetched.body).digest('hex');
  if (bodyHash === feed.bodyHash) {
    await deps.store.updateFeedState(feed.id, { ...okState, lastStatus: 'unchanged' });
    return emptyReport(feed, 'unchanged');
  }
  const parsed = await parseFeed(fetched.body, { contentType: fetched.contentType, url: fetched.finalUrl, now });
  for (const skipped of parsed.skipped) {
    deps.logger.warn({ feed: feed.url, item: skipped.index, reason: skipped.reason }, 'skipped a broken feed item');
  }
  if (parsed.recovered) deps.logger.warn({ feed: feed.url, error: parsed.recovered }, 'feed is not well-formed XML; read what could be read');
  const usable = parsed.items.filter((item) => !isEmptyItem(item));
  const skippedItems = parsed.skipped.length + parsed.items.length - usable.length;
  const report: PollReport = { ...emptyReport(feed, 'unchanged'), parsed: true, skippedItems, recovered: parsed.recovered };
  const prepared: PreparedItem[] = [];
  for (const { item, identity } of distinctItems(usable, feed.url)) {
    try {
      prepared.push(await prepareItem(context, feed, item, identity));
    } catch (error) {
      // The database failing is not the item's fault: the whole poll stops (see pollFeeds).
      if (isStoreError(error)) throw error;
      report.skippedItems++;
      deps.logger.error({ feed: feed.url, item: item.url ?? item.title, err: (error as Error).message }, 'could not analyse a feed item');
    }
  }
  for (const outcome of await savePrepared(deps.store, prepared)) {
    if (outcome.status === 'new') report.newArticles++;
    if (outcome.status === 'updated') report.updatedArticles++;
    if (outcome.status !== 'unchanged') report.articleIds.push(outcome.articleId);
  }
  report.outcome = report.newArticles + report.updatedArticles > 0 ? 'new' : 'unchanged';
  const rename = parsed.title && feed.name === hostOf(feed.url).replace(/^www\./, '') ? { name: parsed.title.slice(0, 100) } : {};
  await deps.store.updateFeedState(feed.id, { ...okState, ...rename, bodyHash, lastStatus: 'ok', parseNote: parsed.recovered });
  return report;
}

/**
 * Fetches every enabled feed that is due, politely (per-host limit, jitter),
 * and stores new and changed items. One failing feed never stops the others:
 * its failure is recorded (backoff, Retry-After, disabling after
 * fetch.maxConsecutiveFailures) and reported on one line.
 */
export async function pollFeeds(deps: PollDeps, options: PollOptions = {}): Promise<PollReport[]> {
  const now = deps.now();
  const dispatcher = createFetchAgent({ ...deps.fetch, resolve: deps.resolve, isBlockedAddress: deps.isBlockedAddress });
  const limiter = new HostLimiter(deps.fetch.perHostConcurrency, TOTAL_CONCURRENCY);
  const jitter = deps.jitterMs ?? (() => Math.random() * DEFAULT_MAX_JITTER_MS);
  const fullText = fullTextLimits(deps.fullText);
  const extractor = createFullTextExtractor(fullText);
  const context: IngestContext = {
    store: deps.store,
    fetch: deps.fetch,
    logger: deps.logger,
    now,
    analyze: deps.analyze,
    dispatcher,
    extractor,
    fullText,
    resolve: deps.resolve,
    isBlockedAddress: deps.isBlockedAddress,
  };
  // A storage error (disk full, read-only, locked) stops the poll: no further feed is started, and no feed is blamed.
  let storageFailure: StoreError | null = null;
  const stopped = (feed: Feed): PollReport => emptyReport(feed, 'skipped', `not polled: ${storageFailure!.message}`);
  const pollOne = async (feed: Feed): Promise<PollReport> => {
    if (!feed.enabled) return emptyReport(feed, 'skipped', feed.disabledReason ?? 'disabled by an operator');
    if (feed.nextFetchAt && feed.nextFetchAt > now && !options.ignoreBackoff) {
      return emptyReport(feed, 'skipped', `waiting until ${feed.nextFetchAt.toISOString()} after ${feed.lastStatus ?? 'a failure'}`);
    }
    const delay = jitter(feed);
    if (delay > 0) await sleep(delay);
    return limiter.run(hostOf(feed.url), async () => {
      if (storageFailure) return stopped(feed);
      try {
        return await pollFeed(deps, context, feed);
      } catch (error) {
        if (isStoreError(error)) {
          storageFailure ??= error;
          deps.logger.error({ feed: feed.url, kind: error.kind, code: error.engineCode, err: error.message }, 'storage error; stopping the poll');
          return stopped(feed);
        }
        const failure = asFeedError(error);
        const patch = failureState(feed, failure, now, deps.fetch.maxConsecutiveFailures);
        try {
          await deps.store.updateFeedState(feed.id, patch);
        } catch (stateError) {
          if (isStoreError(stateError)) storageFailure ??= stateError;
          deps.logger.error({ feed: feed.url, err: (stateError as Error).message }, 'could not record the feed failure');
        }
        deps.logger.warn({ feed: feed.url, reason: failure.reason, err: failure.message }, 'feed fetch failed');
        return { ...emptyReport(feed, 'failed', `${failure.reason}: ${failure.message}`), disabled: patch.enabled === false };
      }
    });
  };
  try {
    const reports = await Promise.all((await selectFeeds(deps.store, options.feedIds)).map(pollOne));
    // Articles stored before the failure stay; the next poll's story assignment picks them up.
    if (storageFailure) throw storageFailure;
    return reports;
  } finally {
    await Promise.all([dispatcher.close(), extractor.close()]);
  }
}

/** Puts a disabled feed back into rotation; the next poll fetches it at once. */
export function reenableFeed(store: Store, feedId: number): Promise<Feed> {
  return store.updateFeedState(feedId, { enabled: true, disabledReason: null, consecutiveFailures: 0, nextFetchAt: null });
}
