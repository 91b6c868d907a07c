import { formatPollReport } from '../feeds/index.js';
import type { CliContext } from './context.js';
import { ingestOnce } from './ingest.js';
import { printJsonLines, printLines } from './output.js';
import { ingestShared } from './shared-poll.js';
import { openWork } from './work-sharing.js';

/** `poll --once`: one line per feed; a failing feed is reported, and when every polled feed failed the exit code is 1. */
export async function pollOnce(ctx: CliContext, options: { json: boolean }): Promise<void> {
  if (ctx.config.feeds.length === 0 && (await (await ctx.store()).listFeeds()).length === 0) {
    printLines(['No feeds configured: add them under `feeds:` in the config file (see examples/news-digest.config.yaml).']);
    return;
  }
  // On PostgreSQL the feeds go through the shared queue, so processes polling at the same time fetch each feed once.
  const work = await openWork(ctx);
  let result;
  try {
    result = work.kind === 'shared' ? await ingestShared(ctx, work) : await ingestOnce(ctx, { jitterMs: () => 0 });
  } finally {
    await work.close();
  }
  const { reports, storyIds } = result;
  const polled = reports.filter((r) => r.outcome !== 'skipped');
  const failed = reports.filter((r) => r.outcome === 'failed').length;
  // Cron and scripts notice a poll that fetched nothing at all.
  const allFailed = polled.length > 0 && failed === polled.length;
  if (allFailed) process.exitCode = 1;
  const verdict = `Every feed failed (${failed} of ${failed}): nothing was fetched; see the reasons above.`;
  if (options.json) {
    printJsonLines(reports);
    if (allFailed) printLines([verdict], process.stderr);
    return;
  }
  const stored = reports.reduce((n, r) => n + r.newArticles, 0);
  printLines([
    ...reports.map(formatPollReport),
    `${reports.length} feeds: ${stored} new articles, ${failed} failed, ${new Set(storyIds).size} stories touched.`,
    ...(allFailed ? [verdict] : []),
  ]);
}
