#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { loadDotEnv } from './config/dotenv.js';
import { exitCodeFor, messageFor } from './cli/errors.js';
import { addHelpExamples } from './cli/help-examples.js';
import { commandNameOf, registerAnalyzeCommand } from './cli/program-analyze.js';

const program = new Command('news-digest')
  .description('Watches news feeds and posts short topic digests with key quotes to Discord and Slack.')
  .version('0.1.0')
  .option('--db <path>', 'SQLite database file (default ./data/news-digest.db, or NEWS_DIGEST_DB)')
  .option('--config <path>', 'config file (default news-digest.config.yaml, or NEWS_DIGEST_CONFIG)')
  .addOption(
    new Option('--log-level <level>', 'log level (default: LOG_LEVEL, else info for run and warn otherwise)').choices([
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ]),
  )
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// `analyze` on its own when it is the command asked for: one short article starts without loading the other
// commands' definitions and the chat command registry they draw their options from (#15: start-up).
if (commandNameOf(program, process.argv.slice(2)) === 'analyze') {
  registerAnalyzeCommand(program);
  addHelpExamples(program);
} else {
  const { registerCommands } = await import('./cli/program.js');
  registerCommands(program);
}

// `news-digest articles --json | head -1`: once the reader is gone there is nobody to tell; end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (stream === process.stdout) process.exit(0);
  });
}

try {
  // One place, before any command reads its environment; variables already set win.
  loadDotEnv();
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its one-line message; help and version exit 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`news-digest: ${messageFor(error)}\n`);
    process.exitCode = exitCodeFor(error);
    // The command has failed and said why; a connection pool or queue client it left open must not keep
    // the process alive (a supervisor or script waits for the exit code). Unref'd: a clean exit comes first.
    setTimeout(() => process.exit(), 5_000).unref();
  }
}
