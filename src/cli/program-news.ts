import { Option, type Command } from 'commander';
import type { Platform } from '../core/index.js';
import { PLATFORMS } from '../core/platforms.js';
import { parsePositiveInt } from './options.js';
import { registryOptions, registryValues } from './registry-options.js';
import { withContext } from './with-context.js';

/**
 * The CLI side of the chat commands: feeds per workspace with OPML, search,
 * quotes and why. Option names, help and limits of the /news options come from
 * their descriptions; modules load when their command runs.
 */

interface ScopeOptions {
  workspace?: string;
  platform?: Platform;
  json?: boolean;
}

const workspaceOption = (what: string) => new Option('--workspace <id>', `Discord guild id or Slack team id: ${what}`);
const platformOption = () => new Option('--platform <platform>', 'platform of --workspace (guessed from the id when left out)').choices([...PLATFORMS]);

export function registerFeedCommands(program: Command): void {
  const feeds = program
    .command('feeds')
    .description("list feeds with their fetch state (read-only), and manage every workspace's feeds")
    .option('--json', "JSON Lines, with each feed's workspaces");
  feeds
    .command('list', { isDefault: true })
    .description('list feeds (all, or those a workspace sees), with the reason a feed was disabled')
    .addOption(workspaceOption('only the feeds this workspace sees'))
    .addOption(platformOption())
    .option('--json', "JSON Lines, with each feed's workspaces")
    .action(withContext<ScopeOptions>(async (ctx, o) => (await import('./feeds.js')).listFeeds(ctx, { ...o, json: o.json ?? false })));
  feeds
    .command('add')
    .description("add a feed: shared with every workspace, or with --workspace that workspace's own (same checks as /news feeds add)")
    .argument('<url>', 'feed address (http or https)')
    .option('--name <name>', 'display name of the outlet (default: the host name)')
    .addOption(workspaceOption("add it as this workspace's own feed"))
    .addOption(platformOption())
    .action(
      withContext<ScopeOptions & { name?: string }>(async (ctx, o, command) =>
        (await import('./feeds.js')).addFeed(ctx, command.processedArgs[0] as string, o),
      ),
    );
  feeds
    .command('import')
    .description('add the feeds of an OPML file; every line is reported, and nothing is stored if the file is broken')
    .argument('<file>', 'OPML file, e.g. exported from another feed reader')
    .addOption(workspaceOption("import them as this workspace's own feeds"))
    .addOption(platformOption())
    .option('--json', 'one JSON object per line of the file')
    .action(withContext<ScopeOptions>(async (ctx, o, command) => (await import('./feeds.js')).importOpmlFile(ctx, command.processedArgs[0] as string, o)));
  feeds
    .command('export')
    .description('print the feeds as OPML 2.0 (all, or those a workspace sees)')
    .addOption(workspaceOption('only the feeds this workspace sees'))
    .addOption(platformOption())
    .action(withContext<ScopeOptions>(async (ctx, o) => (await import('./feeds.js')).exportOpml(ctx, o)));
  feeds
    .command('enable')
    .description('re-enable a feed that was disabled after repeated failures')
    .argument('<id>', 'feed id', (v) => parsePositiveInt(v, 'the feed id'))
    .action(withContext<Record<string, never>>(async (ctx, _o, command) => (await import('./feeds.js')).enableFeed(ctx, command.processedArgs[0] as number)));
  feeds
    .command('remove')
    .description("remove a feed added at run time; with --workspace only that workspace's claim on it")
    .argument('<id>', 'feed id', (v) => parsePositiveInt(v, 'the feed id'))
    .addOption(workspaceOption('take the feed away from this workspace only'))
    .addOption(platformOption())
    .action(withContext<ScopeOptions>(async (ctx, o, command) => (await import('./feeds.js')).removeFeed(ctx, command.processedArgs[0] as number, o)));
}

export function registerLookupCommands(program: Command): void {
  const search = program
    .command('search')
    .description('look up stored articles, as /news search does (every feed, or what --workspace sees)')
    .argument('<words...>', 'words to look for; "quoted words" make a phrase')
    .addOption(workspaceOption('search as this workspace would'))
    .addOption(platformOption())
    .option('--json', 'JSON Lines');
  for (const option of registryOptions('search', ['topic', 'since'])) search.addOption(option);
  search.action(
    withContext<ScopeOptions>(async (ctx, o, command) => {
      const words = (command.processedArgs[0] as string[]).join(' ');
      const values = { query: words, ...registryValues('search', command.opts(), ['topic', 'since']) };
      await (await import('./lookups.js')).lookupCommand(ctx, 'search', values, o);
    }),
  );

  const quotes = program
    .command('quotes')
    .description('look up key quotes, as /news quotes does, e.g. news-digest quotes Kremlin --since 7d')
    .argument('[speaker...]', 'who said it, e.g. Kremlin or "Dmitri Peskow"')
    .addOption(workspaceOption('search as this workspace would'))
    .addOption(platformOption())
    .option('--json', 'JSON Lines');
  for (const option of registryOptions('quotes', ['topic', 'since'])) quotes.addOption(option);
  quotes.action(
    withContext<ScopeOptions>(async (ctx, o, command) => {
      const speaker = ((command.processedArgs[0] as string[] | undefined) ?? []).join(' ');
      const values = { ...(speaker ? { speaker } : {}), ...registryValues('quotes', command.opts(), ['topic', 'since']) };
      await (await import('./lookups.js')).lookupCommand(ctx, 'quotes', values, o);
    }),
  );

  program
    .command('why')
    .description('explain whether an article reached each subscription, and if not, why (as /news why)')
    .argument('<article>', 'article URL or stored article id')
    .option('--subscription <id>', 'only this subscription (default: all)', (v) => parsePositiveInt(v, '--subscription'))
    .option('--json', 'the explanation as one JSON object')
    .action(
      withContext<{ subscription?: number; json?: boolean }>(async (ctx, o, command) =>
        (await import('./lookups.js')).whyCommand(ctx, command.processedArgs[0] as string, o),
      ),
    );
}
