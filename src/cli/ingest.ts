import { pollFeeds, type PollDeps, type PollReport } from '../feeds/index.js';
import type { Metrics } from '../http/index.js';
import { assignStories } from '../schedule/index.js';
import type { CliContext } from './context.js';

export interface IngestResult {
  reports: PollReport[];
  storyIds: number[];
}

/**
 * The main job: poll every due feed, store and analyse new articles, then group
 * them into stories. `poll --once`, `run` and `demo` all go through here.
 */
export async function ingestOnce(ctx: CliContext, extra: Partial<PollDeps> & { metrics?: Metrics } = {}): Promise<IngestResult> {
  const store = await ctx.store();
  const { metrics, ...pollExtra } = extra;
  const reports = await pollFeeds({
    store,
    fetch: ctx.config.fetch,
    fullText: ctx.config.fullText,
    logger: ctx.logger,
    now: () => new Date(),
    analyze: ctx.analyze,
    ...pollExtra,
  });
  const articleIds = reports.flatMap((r) => r.articleIds);
  const { storyIds, recovered } = await assignStories(store, articleIds, { windowHours: ctx.config.digest.storyWindowHours, now: new Date() });
  if (recovered > 0) ctx.logger.warn({ articles: recovered }, 'assigned articles an earlier poll stored but did not cluster (it stopped early)');
  if (metrics) {
    const topics = new Map((await store.getArticles(articleIds)).map((a) => [a.id, a.analysis.topics.map((t) => t.id)]));
    recordPollMetrics(metrics, reports, (id) => topics.get(id) ?? []);
  }
  return { reports, storyIds };
}

function recordPollMetrics(metrics: Metrics, reports: PollReport[], topicsOf: (articleId: number) => string[]): void {
  for (const report of reports) {
    if (report.outcome === 'failed') {
      metrics.feedPolled('failed');
      metrics.fetchFailure(report.error?.split(':')[0] ?? 'unknown');
    } else if (report.outcome === 'not_modified') metrics.feedPolled('not-modified');
    else if (report.outcome === 'skipped') metrics.feedPolled('skipped');
    else metrics.feedPolled('fetched');
    for (const id of report.newArticles > 0 ? report.articleIds : []) metrics.articleStored(topicsOf(id));
  }
  metrics.pollCompleted(new Date());
}
