import {
  COMMAND_NAMES,
  COMMANDS,
  OPTIONS,
  looksLikeFeedRef,
  optionsOn,
  resolveOptionKey,
  surfacesOf,
  type CommandName,
  type CommandOptions,
  type CommandPath,
  type CommandRequest,
  type CommandSpec,
  type FeedAction,
  type OptionName,
} from '../commands/index.js';
import { tokenize, unescapeCommandText, UnclosedQuoteError } from './command-tokens.js';
import { fullUsage, usageOf } from './command-usage.js';

/**
 * Parses `/news …` text into the platform-neutral CommandRequest with the one
 * grammar every surface shares (the option descriptions): `key:value` options
 * by their Discord/CLI names (or aliases), and bare words where a command
 * takes them (`subscribe summits,arms-control daily 08:00 Europe/Berlin`).
 * A key:value value runs on over the following words when the option takes
 * phrases (`schedule:daily 08:00`, `query:nato summit`), up to the next
 * `key:` or a word another option recognises (a time zone, "instant").
 * Values stay raw strings; the shared handlers check them.
 */

export type ParsedSlackCommand = { ok: true; request: CommandRequest } | { ok: false; message: string };

const COMMAND_ALIASES: Record<string, CommandName> = {
  sub: 'subscribe',
  unsub: 'unsubscribe',
  subs: 'subscriptions',
  list: 'subscriptions',
  quote: 'quotes',
  feed: 'feeds',
};

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: CommandPath | null,
  ) {
    super(message);
  }
}

const KEY_TOKEN = /^([a-z][a-z_-]*)[:=](.*)$/isu;
const ALL_KEYS = new Set(Object.values(OPTIONS).flatMap((option) => [option.name, ...(option.aliases ?? [])]));

function isKeyToken(token: string, spec: CommandSpec): boolean {
  const match = KEY_TOKEN.exec(token);
  return match !== null && (resolveOptionKey(spec, match[1]!, 'slack') !== null || ALL_KEYS.has(match[1]!.toLowerCase()));
}

/** The option of this command that claims a bare word (a time zone, "instant", "threads"), other than `except`. */
function recogniser(spec: CommandSpec, word: string, except?: OptionName): OptionName | null {
  for (const use of optionsOn(spec, 'slack')) {
    if (use.name === except) continue;
    const option = OPTIONS[use.name];
    if ('recognise' in option && option.recognise?.(word)) return use.name;
  }
  return null;
}

function setOnce(options: CommandOptions, key: OptionName, value: string, usage: CommandPath, how: string): void {
  if (value === '') return;
  if (options[key] !== undefined) throw new UsageError(`${key} is given twice${how}; give it once.`, usage);
  options[key] = value;
}

/** A list continues over "a, b" and "a ,b". */
function continueList(value: string, tokens: string[], at: number): { value: string; next: number } {
  let text = value;
  let i = at;
  while (i < tokens.length && (text.endsWith(',') || tokens[i]!.startsWith(','))) text += tokens[i++]!;
  return { value: text, next: i };
}

function parseArgs(tokens: string[], spec: CommandSpec): CommandOptions {
  const usage = spec.path;
  const options: CommandOptions = {};
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const match = KEY_TOKEN.exec(token);
    const key = match ? resolveOptionKey(spec, match[1]!, 'slack') : null;
    if (!match || key === null) {
      const elsewhere = match ? resolveOptionKey(spec, match[1]!, 'discord') : null;
      if (elsewhere !== null) throw new UsageError(`${elsewhere}: works in Discord only; in Slack leave it out.`, usage);
      if (match && ALL_KEYS.has(match[1]!.toLowerCase())) {
        const taken = optionsOn(spec, 'slack');
        const hint = taken.length > 0 ? `it takes ${taken.map((use) => `${use.name}:`).join(', ')}` : 'it takes no options';
        throw new UsageError(`/news ${usage} does not take ${match[1]}: — ${hint}.`, usage);
      }
      words.push(token);
      continue;
    }
    const option = OPTIONS[key];
    let value = match[2]!;
    // `topics: summits` — the value is the next word.
    if (value === '' && i + 1 < tokens.length && !isKeyToken(tokens[i + 1]!, spec)) value = tokens[++i]!;
    if (value.trim() === '') throw new UsageError(`${match[1]}: needs a value.`, usage);
    if (option.kind === 'text' && option.list) {
      const list = continueList(value, tokens, i + 1);
      value = list.value;
      i = list.next - 1;
    }
    if (option.kind === 'text' && option.multiword) {
      while (i + 1 < tokens.length && !isKeyToken(tokens[i + 1]!, spec) && recogniser(spec, tokens[i + 1]!, key) === null) value += ` ${tokens[++i]!}`;
    }
    setOnce(options, key, value, usage, '');
  }
  fillPositionals(options, words, spec);
  return options;
}

function fillPositionals(options: CommandOptions, words: string[], spec: CommandSpec): void {
  const usage = spec.path;
  const rule = spec.positional ?? {};
  const rest: string[] = [];
  let i = 0;
  if (rule.first && words.length > 0 && recogniser(spec, words[0]!) === null) {
    const target: OptionName = rule.first === 'topics-or-feeds' ? (looksLikeFeedRef(words[0]!) ? 'feeds' : 'topics') : rule.first;
    if (options[target] === undefined) {
      const list = OPTIONS[target].kind === 'text' && 'list' in OPTIONS[target] && OPTIONS[target].list;
      const taken = list ? continueList(words[0]!, words, 1) : { value: words[0]!, next: 1 };
      options[target] = taken.value;
      i = taken.next;
    }
  }
  for (; i < words.length; i += 1) {
    const word = words[i]!;
    const claimed = recogniser(spec, word);
    if (claimed === null) rest.push(word);
    else setOnce(options, claimed, OPTIONS[claimed].kind === 'boolean' ? 'true' : word, usage, ` (as ${claimed}: and as a plain word)`);
  }
  if (rest.length === 0) return;
  if (!rule.rest) {
    const what = rule.first ? 'no more words' : 'no arguments';
    throw new UsageError(`/news ${usage} takes ${what}, but got "${rest.join(' ').slice(0, 60)}".`, usage);
  }
  setOnce(options, rule.rest, rest.join(' '), usage, ` (as ${rule.rest}: and as plain words)`);
}

function requireOptions(options: CommandOptions, spec: CommandSpec): void {
  for (const use of optionsOn(spec, 'slack')) {
    if (use.required && options[use.name] === undefined) {
      throw new UsageError(`/news ${spec.path} needs ${use.name}: (${OPTIONS[use.name].help.toLowerCase()}).`, spec.path);
    }
  }
}

function resolveName(word: string): CommandName | null {
  const lower = word.toLowerCase();
  if ((COMMAND_NAMES as readonly string[]).includes(lower)) return lower as CommandName;
  return COMMAND_ALIASES[lower] ?? null;
}

const slackSpec = (path: string): CommandSpec | undefined => COMMANDS.find((spec) => spec.path === path && surfacesOf(spec).includes('slack'));

function parseRequest(first: string, rest: string[]): CommandRequest {
  const name = resolveName(first);
  if (name === null) throw new UsageError(`"${first.slice(0, 40)}" is not a /news command.`, null);
  if (name === 'feeds') {
    const [actionWord, ...args] = rest;
    const action = (actionWord?.toLowerCase() ?? 'list') as FeedAction;
    const spec = slackSpec(`feeds ${action}`);
    if (!spec) {
      const actions = COMMANDS.filter((c) => c.path.startsWith('feeds ') && surfacesOf(c).includes('slack')).map((c) => c.path.slice('feeds '.length));
      const known = COMMANDS.some((c) => c.path === `feeds ${action}`);
      throw new UsageError(
        known
          ? `/news feeds ${action} works in Discord only; here use ${actions.join(', ')}.`
          : `"${actionWord}" is not a feeds action; use ${actions.slice(0, -1).join(', ')} or ${actions.at(-1)}.`,
        null,
      );
    }
    const options = parseArgs(args, spec);
    requireOptions(options, spec);
    return { name: 'feeds', action, options };
  }
  const spec = slackSpec(name)!;
  const options = parseArgs(rest, spec);
  requireOptions(options, spec);
  return { name, options };
}

export function parseSlackCommandText(text: string): ParsedSlackCommand {
  try {
    const tokens = tokenize(unescapeCommandText(text));
    const [first, ...rest] = tokens;
    if (first === undefined || /^(help|-h|--help|\?)$/iu.test(first)) {
      const topic = rest.join(' ').toLowerCase();
      const spec = topic === '' ? undefined : slackSpec(topic === 'feeds' ? 'feeds list' : topic);
      return { ok: false, message: spec ? `Usage: ${usageOf(spec.path)}` : fullUsage() };
    }
    return { ok: true, request: parseRequest(first, rest) };
  } catch (error) {
    if (error instanceof UnclosedQuoteError) return { ok: false, message: `${error.message}; close it or remove it.\n${fullUsage()}` };
    if (error instanceof UsageError) {
      const usage = error.usage ? `Usage: ${usageOf(error.usage)}` : fullUsage();
      return { ok: false, message: `${error.message}\n${usage}` };
    }
    throw error;
  }
}
