import { emptyReport, pollFeeds, type PollReport } from '../feeds/index.js';
import type { Metrics } from '../http/index.js';
import { assignHandler, pollHandler, pollJobs, STORIES_KEY, type WorkSharing } from '../schedule/index.js';
import type { CliContext } from './context.js';
import type { IngestResult } from './ingest.js';

/** Feeds one job batch polls; pollFeeds still limits requests per host. */
export const POLL_BATCH = 16;

/** Polls exactly these feeds (no story grouping: that is its own job). */
export async function pollFeedIds(ctx: CliContext, feedIds: number[], extra: { metrics?: Metrics } = {}): Promise<PollReport[]> {
  const reports = await pollFeeds(
    {
      store: await ctx.store(),
      fetch: ctx.config.fetch,
      fullText: ctx.config.fullText,
      logger: ctx.logger,
      now: () => new Date(),
      analyze: ctx.analyze,
      jitterMs: () => 0,
    },
    { feedIds },
  );
  for (const report of reports) {
    if (report.outcome === 'failed') extra.metrics?.feedPolled('failed');
    else if (report.outcome === 'not_modified') extra.metrics?.feedPolled('not-modified');
    else if (report.outcome === 'skipped') extra.metrics?.feedPolled('skipped');
    else extra.metrics?.feedPolled('fetched');
  }
  return reports;
}

/** What a feed polled elsewhere reports here. */
const elsewhere = (feed: { id: number; url: string; name: string }, error: string): PollReport => emptyReport(feed, 'skipped', error);

/**
 * `poll --once` through the shared queue: one job per feed, so processes started
 * together fetch each feed once. A feed fetched by another process since this one
 * started is not fetched again; its report is the one that process stored.
 */
export async function ingestShared(ctx: CliContext, work: WorkSharing): Promise<IngestResult> {
  const store = await ctx.store();
  // The moment this process was started: a fetch begun after it answers this request.
  const requestedAt = new Date(performance.timeOrigin);
  const feeds = await store.listFeeds();
  const byId = new Map(feeds.map((feed) => [feed.id, feed]));
  const handler = pollHandler(
    store,
    (ids) => pollFeedIds(ctx, ids),
    (feedId, at) =>
      elsewhere(
        byId.get(feedId) ?? { id: feedId, url: '', name: `#${feedId}` },
        at ? `fetched by another worker at ${at.toISOString()}` : 'removed by another worker',
      ),
  );
  const polled = await work.runAll(
    'poll',
    pollJobs(
      feeds.map((feed) => feed.id),
      requestedAt,
    ),
    handler,
    { batchSize: POLL_BATCH },
  );
  const reports = feeds.map((feed): PollReport => {
    const result = polled.get(`feed:${feed.id}`);
    if (result?.status === 'done') return result.output;
    return elsewhere(feed, `the shared poll job ${result ? result.error : 'did not run'}`);
  });
  const assigned = await work.runAll(
    'assign',
    [{ key: STORIES_KEY, data: {} }],
    assignHandler(store, ctx.config.digest.storyWindowHours, () => new Date()),
  );
  const result = assigned.get(STORIES_KEY);
  return { reports, storyIds: result?.status === 'done' ? result.output.storyIds : [] };
}
