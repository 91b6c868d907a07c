import type { OptionSpec } from './option-kinds.js';
import { readOption } from './option-read.js';
import type { OptionName } from './options.js';
import type { CommandDeps, CommandOptions } from './types.js';

/** Reads one option of a request through its description: `read(OPTIONS.timezone)` is the checked, converted value or undefined. */
export type OptionReader = <T>(spec: OptionSpec<T>) => T | undefined;

export function optionReader(options: CommandOptions, deps: Pick<CommandDeps, 'taxonomy'>): OptionReader {
  const ctx = { taxonomy: deps.taxonomy };
  return <T>(spec: OptionSpec<T>) => readOption(spec, options[spec.name as OptionName], ctx);
}
