import type { Command, OptionValues } from 'commander';
import type { CliContext, ContextOverrides, GlobalOptions } from './context.js';

export type Action<T> = (ctx: CliContext, options: T, command: Command) => Promise<void> | void;

/** Builds the context from the global options, runs the action, and always closes the store. Options include the parents' (`feeds --json`). */
export function withContext<T extends OptionValues>(action: Action<T>, overrides: ContextOverrides = {}) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals<T>();
    const { createContext } = await import('./context.js');
    const ctx = createContext(command.optsWithGlobals<GlobalOptions>(), overrides);
    try {
      await action(ctx, options, command);
    } finally {
      await ctx.close();
    }
  };
}
