import { Option, type Command } from 'commander';
import { PLATFORMS } from '../core/platforms.js';
import type { GlobalOptions } from './context.js';
import { addHelpExamples } from './help-examples.js';
import { UsageError } from './errors.js';
import { withContext } from './with-context.js';
import type { DigestOptions } from './digest.js';
import { registerFeedCommands, registerLookupCommands } from './program-news.js';
import { registerAnalyzeCommand } from './program-analyze.js';
import { registryOptions, registryValues } from './registry-options.js';
import { parseIsoDate, parsePositiveInt, roleOption } from './options.js';
import type { RunRole } from '../config/index.js';
import type { SubscribeOptions } from './subscriptions.js';

// Every command module is imported when its command runs, not at start-up: `--help`
// and `analyze` never load the chat SDKs, the HTTP server or the database driver.

const platformOption = () => new Option('--platform <platform>', 'chat platform').choices([...PLATFORMS]).makeOptionMandatory();

export function registerCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'poll the bundled sample feeds from a local server, store and analyse them, and print the digest a channel would receive (no token, no network)',
    )
    .option('--keep-db', 'keep the demo database in ./data/demo.db instead of a temporary file')
    .option('--serve', 'then serve the web dashboard on the demo data at 127.0.0.1 until Ctrl-C (prints the admin token)')
    .option('--port <n>', 'port for --serve (default 8080)', (v) => parsePositiveInt(v, '--port'))
    .action(async (options: { keepDb?: boolean; serve?: boolean; port?: number }, command: Command) => {
      const { runDemo } = await import('./demo.js');
      await runDemo({
        keepDb: options.keepDb ?? false,
        serve: options.serve ?? false,
        port: options.port,
        logLevel: command.optsWithGlobals<GlobalOptions>().logLevel,
      });
    });

  program
    .command('run')
    .description(
      'run the bot: every chat adapter with credentials (one that cannot start stops it with exit code 1, unless chat.degraded), then the scheduler and the health and metrics server',
    )
    .addOption(roleOption())
    .action(async (options: { role?: RunRole }, command: Command) => {
      const { runBot } = await import('./run.js');
      await runBot(command.optsWithGlobals<GlobalOptions>(), { role: options.role });
    });

  program
    .command('poll')
    .description('fetch every configured feed once, store new articles, and exit (`run` polls continuously on schedule.pollCron)')
    .addOption(new Option('--once', 'accepted for compatibility: poll always polls once').hideHelp())
    .option('--json', 'one JSON object per feed')
    .action(
      withContext<{ json?: boolean }>(async (ctx, options) => (await import('./poll.js')).pollOnce(ctx, { json: options.json ?? false }), {
        syncConfigFeeds: true,
      }),
    );

  registerAnalyzeCommand(program);

  program
    .command('articles')
    .description('list stored articles with their topics')
    .option('--json', 'JSON Lines')
    .option('--topic <id>', 'only articles tagged with this topic')
    .option('--since <iso-date>', 'published at or after this date', (v) => parseIsoDate(v, '--since'))
    .option('--query <text>', 'full-text search (relevance and recency)')
    .option('--limit <n>', 'at most this many (default 20)', (v) => parsePositiveInt(v, '--limit'))
    .action(
      withContext<{ json?: boolean; topic?: string; since?: Date; query?: string; limit?: number }>(async (ctx, options) =>
        (await import('./articles.js')).listArticles(ctx, options),
      ),
    );

  const subscribeCommand = program
    .command('subscribe')
    .description('subscribe a channel to topics and/or feeds (what /news subscribe does in chat); refuses an identical subscription')
    .addOption(platformOption())
    .requiredOption('--channel <id>', 'channel id (Discord/Slack), or any name for the console')
    .option('--workspace <id>', 'Discord guild id or Slack team id (its own feeds become available)')
    .option('--forum', 'Discord only: the channel is a forum; one post per story')
    .option('--webhook-url <url>', 'Discord only: post through this channel webhook')
    .option('--json', 'print the subscription as JSON');
  for (const option of registryOptions('subscribe')) subscribeCommand.addOption(option);
  subscribeCommand.action(
    withContext<SubscribeOptions & { json?: boolean }>(async (ctx, options, command) => {
      const { describeSubscription, publicSubscription, subscribe } = await import('./subscriptions.js');
      const sub = await subscribe(ctx, options, registryValues('subscribe', command.opts()));
      process.stdout.write(options.json ? `${JSON.stringify(publicSubscription(sub))}\n` : `Subscribed: ${describeSubscription(sub)}\n`);
    }),
  );

  program
    .command('unsubscribe')
    .description('remove a subscription')
    .argument('<id>', 'subscription id', (v) => parsePositiveInt(v, 'the subscription id'))
    .action(
      withContext<Record<string, never>>(async (ctx, _options, command) => {
        const id = command.processedArgs[0] as number;
        await (await import('./subscriptions.js')).unsubscribe(ctx, id);
        process.stdout.write(`Removed subscription #${id}.\n`);
      }),
    );

  program
    .command('resume')
    .description('resume a subscription that was paused after a permanent chat error (fix the cause first)')
    .argument('<id>', 'subscription id', (v) => parsePositiveInt(v, 'the subscription id'))
    .action(
      withContext<Record<string, never>>(async (ctx, _options, command) => {
        const { describeSubscription, resumeSubscription } = await import('./subscriptions.js');
        const sub = await resumeSubscription(ctx, command.processedArgs[0] as number);
        process.stdout.write(`Resumed: ${describeSubscription(sub)}\n`);
      }),
    );

  program
    .command('subscriptions')
    .description('list subscriptions')
    .option('--json', 'JSON Lines')
    .action(withContext<{ json?: boolean }>(async (ctx, options) => (await import('./subscriptions.js')).listSubscriptions(ctx, options.json ?? false)));

  registerFeedCommands(program);

  const digestCommand = program
    .command('digest')
    .description('build the digest for a subscription now and send it (or print it with --dry-run); --preview prints what --topics/--feeds would give')
    .argument('[id]', 'subscription id (see news-digest subscriptions)', (v) => parsePositiveInt(v, 'the subscription id'))
    .addOption(
      new Option('--subscription <id>', 'the same as the id argument (kept for old scripts)')
        .argParser((v) => parsePositiveInt(v, '--subscription'))
        .hideHelp(),
    )
    .option('--all', 'every active subscription; ones whose platform has no token are reported and skipped')
    .option('--dry-run', 'print each plain-text digest under its subscription instead of sending it; records nothing')
    .option('--preview', 'print the digest these --topics/--feeds and filters would give a channel, without subscribing')
    .addOption(new Option('--platform <platform>', 'with --preview: whose view (default: the shared feeds)').choices([...PLATFORMS]))
    .option('--workspace <id>', "with --preview: include this workspace's own feeds");
  for (const option of registryOptions('preview')) digestCommand.addOption(option);
  digestCommand.action(
    withContext<DigestOptions>(async (ctx, options, command) => {
      const digest = await import('./digest.js');
      if (options.preview) {
        await digest.previewCommand(ctx, options, registryValues('preview', command.opts()));
        return;
      }
      const id = command.processedArgs[0] as number | undefined;
      if (id !== undefined && options.subscription !== undefined && id !== options.subscription) {
        throw new UsageError(`Give the subscription id once (got ${id} and --subscription ${options.subscription}).`);
      }
      await digest.digestCommand(ctx, { ...options, subscription: id ?? options.subscription });
    }),
  );

  registerLookupCommands(program);

  program
    .command('backup')
    .description('copy the database to PATH while the bot keeps running (SQLite online backup; copying the file is unsafe)')
    .argument('<path>', 'a new file for the backup')
    .action(async (path: string, _options: unknown, command: Command) => {
      const { backupCommand } = await import('./backup.js');
      await backupCommand(command.optsWithGlobals<GlobalOptions>(), path);
    });

  program
    .command('prune')
    .description('delete articles older than retention.days now, with their quotes, topics, search entries and emptied stories (run does it daily)')
    .option('--days <n>', 'keep this many days instead of retention.days', (v) => parsePositiveInt(v, '--days'))
    .action(withContext<{ days?: number }>(async (ctx, options) => (await import('./prune.js')).pruneCommand(ctx, options)));

  program
    .command('healthcheck')
    .description('exit 0 when the running bot answers /healthz on http.port from the config, 1 otherwise (the Docker HEALTHCHECK)')
    .option('--timeout-seconds <n>', 'give up after this long (default 4)', (v) => parsePositiveInt(v, '--timeout-seconds'))
    .action(async (options: { timeoutSeconds?: number }, command: Command) => {
      const { healthcheck } = await import('./healthcheck.js');
      await healthcheck(command.optsWithGlobals<GlobalOptions>(), { timeoutSeconds: options.timeoutSeconds ?? 4 });
    });

  program
    .command('check-config')
    .description('validate the config file and environment, and print what would run')
    .option('--json', 'print the effective config as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { checkConfig } = await import('./check-config.js');
      checkConfig(command.optsWithGlobals<GlobalOptions>(), options.json ?? false);
    });

  program
    .command('register-commands')
    .description('register the /news slash command with Discord (per guild with --guild or DISCORD_DEV_GUILD_ID, else globally)')
    .option('--guild <id>', 'register for one guild only (instant; for development)')
    .option('--global', 'register globally even if DISCORD_DEV_GUILD_ID is set')
    .action(async (options: { guild?: string; global?: boolean }, command: Command) => {
      const { registerSlashCommands } = await import('./register.js');
      await registerSlashCommands(command.optsWithGlobals<GlobalOptions>(), options);
    });

  addHelpExamples(program);
}
