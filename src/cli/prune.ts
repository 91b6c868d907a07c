import { pruneOnce } from '../schedule/index.js';
import type { CliContext } from './context.js';
import { printLines } from './output.js';

/** `prune`: what `run` does daily on retention.cron, now. Safe while `run` is up (short transactions). */
export async function pruneCommand(ctx: CliContext, options: { days?: number }): Promise<void> {
  const days = options.days ?? ctx.config.retention.days;
  if (days === 0) {
    printLines(['retention.days is 0, so everything is kept; give --days N to prune anyway.']);
    return;
  }
  const summary = await pruneOnce(await ctx.store(), { days, now: new Date() });
  printLines([
    `Pruned what was first seen before ${summary.cutoff?.toISOString()} (${days} days): ${summary.articles} articles, ${summary.stories} stories, ${summary.deliveries} sent delivery parts.`,
  ]);
}
