import type { Command, OptionValues } from 'commander';
import type { CliContext, GlobalOptions } from './context.js';

export type Action<T> = (ctx: CliContext, options: T, command: Command) => Promise<void> | void;

/** Builds the context from the global options, runs the action, and always closes the store. */
export function withContext<T extends OptionValues>(action: Action<T>) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const options = command.opts<T>();
    const { createContext } = await import('./context.js');
    const ctx = createContext(command.optsWithGlobals<GlobalOptions>());
    try {
      await action(ctx, options, command);
    } finally {
      await ctx.close();
    }
  };
}
