import { Option } from 'commander';
import { commandSpec, OPTIONS, optionsOn, type CommandPath, type OptionName, type RawOptionValue } from '../chat/registry.js';
import { UsageError } from './errors.js';

/**
 * The CLI face of the /news option descriptions: `--timezone <zone>` with the
 * same help text as Discord's option, its aliases as hidden flags (`--tz`),
 * and the values handed back in the shape the shared handlers read. Limits
 * and conversions stay in the descriptions.
 */

const FLAG_NAME = /^[a-z][a-z-]*$/;
const camel = (name: string): string => name.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());

function flag(name: OptionName, as: string): string {
  const option = OPTIONS[name];
  return option.kind === 'boolean' ? `--${as}` : `--${as} <${option.placeholder}>`;
}

/** Commander options for these /news options of a command (all of them unless `only` is given). */
export function registryOptions(path: CommandPath, only?: readonly OptionName[]): Option[] {
  const options: Option[] = [];
  for (const use of optionsOn(commandSpec(path), 'cli')) {
    if (only && !only.includes(use.name)) continue;
    const option = OPTIONS[use.name];
    options.push(new Option(flag(use.name, use.name), option.help));
    for (const alias of option.aliases ?? []) {
      if (FLAG_NAME.test(alias) && !optionsOn(commandSpec(path), 'cli').some((other) => other.name === alias)) {
        options.push(new Option(flag(use.name, alias), `same as --${use.name}`).hideHelp());
      }
    }
  }
  return options;
}

/** The values commander parsed, keyed by option name as the handlers expect; a value given under two names is refused. */
export function registryValues(path: CommandPath, parsed: Record<string, unknown>, only?: readonly OptionName[]): Partial<Record<OptionName, RawOptionValue>> {
  const values: Partial<Record<OptionName, RawOptionValue>> = {};
  for (const use of optionsOn(commandSpec(path), 'cli')) {
    if (only && !only.includes(use.name)) continue;
    const names = [use.name, ...(OPTIONS[use.name].aliases ?? []).filter((alias) => FLAG_NAME.test(alias))];
    const given = names.filter((name) => parsed[camel(name)] !== undefined);
    if (given.length > 1) throw new UsageError(`--${given[0]} and --${given[1]} are the same option; give it once.`);
    const value = given[0] === undefined ? undefined : parsed[camel(given[0])];
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') values[use.name] = value;
  }
  return values;
}
