import { formatPollReport } from '../feeds/index.js';
import type { CliContext } from './context.js';
import { ingestOnce } from './ingest.js';
import { printJsonLines, printLines } from './output.js';

/** `poll --once`: one line per feed; failures are reported, never fatal. */
export async function pollOnce(ctx: CliContext, options: { json: boolean }): Promise<void> {
  if (ctx.config.feeds.length === 0 && (await (await ctx.store()).listFeeds()).length === 0) {
    printLines(['No feeds configured: add them under `feeds:` in the config file (see examples/news-digest.config.yaml).']);
    return;
  }
  const { reports, storyIds } = await ingestOnce(ctx, { jitterMs: () => 0 });
  if (options.json) {
    printJsonLines(reports);
    return;
  }
  const stored = reports.reduce((n, r) => n + r.newArticles, 0);
  const failed = reports.filter((r) => r.outcome === 'failed').length;
  printLines([
    ...reports.map(formatPollReport),
    `${reports.length} feeds: ${stored} new articles, ${failed} failed, ${new Set(storyIds).size} stories touched.`,
  ]);
}
