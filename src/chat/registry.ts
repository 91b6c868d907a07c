/**
 * The /news command and option descriptions without the chat SDKs: the CLI
 * builds its flags from them at start-up, when discord.js and Bolt must not load.
 */
export { COMMANDS, commandSpec, optionsOn, resolveOptionKey, surfacesOf, type CommandPath, type CommandSpec } from './commands/command-specs.js';
export { OPTIONS, type OptionName } from './commands/options.js';
export type { RawOptionValue } from './commands/option-kinds.js';
