import { explainArticle } from '../schedule/index.js';
import { explanationLines, formatWhen, handleCommand, type CommandOptions } from '../chat/command-handlers.js';
import type { Platform } from '../core/index.js';
import type { CliContext } from './context.js';
import { commandDeps, operatorCaller } from './command-deps.js';
import { UsageError } from './errors.js';
import { printReply } from './reply-text.js';

/** `search` and `quotes`: exactly what /news search and /news quotes answer (the operator sees every feed unless --workspace). */
export async function lookupCommand(
  ctx: CliContext,
  name: 'search' | 'quotes',
  options: CommandOptions,
  scope: { workspace?: string; platform?: Platform; json?: boolean },
): Promise<void> {
  const deps = await commandDeps(ctx);
  const reply = await handleCommand({ name, options }, operatorCaller(scope.workspace, scope.platform), deps);
  printReply(reply, { json: scope.json ?? false });
}

/** `why URL|ARTICLE_ID [--subscription ID]`: the /news why explanation, for one subscription or every one. */
export async function whyCommand(ctx: CliContext, ref: string, options: { subscription?: number; json?: boolean }): Promise<void> {
  const store = await ctx.store();
  const text = ref.trim();
  if (!/^\d+$/.test(text) && !/^https?:\/\//i.test(text)) throw new UsageError(`"${ref.slice(0, 60)}" is neither an article id nor an http(s) URL.`);
  const target = /^\d+$/.test(text) ? { articleId: Number(text) } : { url: text };
  let subscriptions = await store.listSubscriptions();
  if (options.subscription !== undefined) {
    subscriptions = subscriptions.filter((s) => s.id === options.subscription);
    if (subscriptions.length === 0) throw new UsageError(`There is no subscription #${options.subscription}; list them with: news-digest subscriptions.`);
  }
  const explanation = await explainArticle(
    { store, taxonomy: ctx.taxonomy, now: () => new Date(), maxStories: ctx.config.digest.maxStories },
    target,
    subscriptions,
    null,
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(explanation)}\n`);
    return;
  }
  const zone = ctx.config.schedule.timezone;
  printReply({ ephemeral: true, title: 'Why?', lines: explanationLines(explanation, (date) => formatWhen(date, zone)) });
}
