import type { Command } from 'commander';
import type { GlobalOptions } from './context.js';

/**
 * `analyze`, on its own: src/cli.ts registers only this command when it is the one asked for
 * (see commandNameOf), so a one-article run loads neither the chat command registry nor the
 * other commands' definitions; src/cli/program.ts registers it among the others.
 */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles without storing them: feed files (RSS, Atom, RDF, JSON Feed), HTML pages, plain-text files or URLs')
    .argument('<paths...>', 'files or http(s) URLs')
    .option('--json', 'JSON Lines: one object per article')
    .action(async (paths: string[], options: { json?: boolean }, command: Command) => {
      const { analyzeCommand } = await import('./analyze.js');
      await analyzeCommand(command.optsWithGlobals<GlobalOptions>(), paths, { json: options.json ?? false });
    });
}

/**
 * The command `args` (the arguments after the script) ask for: the first one that is neither one of
 * `program`'s own options nor the value of one of them (`--db x`, not `--db=x`); after `--`, the next one.
 * Undefined when there is none (`--help`, `--version`, no arguments).
 */
export function commandNameOf(program: Command, args: readonly string[]): string | undefined {
  const takesValue = new Set<string>();
  for (const option of program.options) if (option.required || option.optional) for (const flag of [option.long, option.short]) if (flag) takesValue.add(flag);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (!arg.startsWith('-') || arg === '-') return arg;
    if (takesValue.has(arg)) i++;
  }
  return undefined;
}
